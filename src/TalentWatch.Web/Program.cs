using TalentWatch.Web.Components;
using TalentWatch.Web.Features.Accounts;
using TalentWatch.Web.Features.Feeds;
using TalentWatch.Web.Infrastructure;

var builder = WebApplication.CreateBuilder(AppFolder.Options(args));

builder.AddTalentWatchLogging();
builder.Services.AddTalentWatchWeb(builder.Configuration);
builder.Services.AddTalentWatchFeeds(builder.Configuration);

var app = builder.Build();

await app.PrepareStoreAsync();

app.UseTalentWatchPipeline();
app.MapTalentWatchApi();
app.MapTalentWatchExports();
app.MapTalentWatchHealth();
app.MapTalentWatchAccounts();
app.MapTalentWatchFeeds();
app.MapRazorComponents<App>().AddInteractiveServerRenderMode();

await app.RunAsync();

/// <summary>Entry point; public so WebApplicationFactory can host it in tests.</summary>
public partial class Program;
