using Bunit;
using Bunit.TestDoubles;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TalentWatch.Core.History;
using TalentWatch.Core.People;
using TalentWatch.Data.Editing;
using TalentWatch.Data.Store;
using TalentWatch.Web.Features.People;
using TalentWatch.Web.Tests.Support;

namespace TalentWatch.Web.Tests.Components;

/// <summary>Inside a running circuit (no HTTP request to redirect), a merged-away person's page replaces its address with the survivor's.</summary>
public sealed class MergedAddressTests : WebTestContext, IDisposable
{
    private readonly TempStore store;

    public MergedAddressTests()
        : this(new TempStore("merged-address"))
    {
    }

    private MergedAddressTests(TempStore store)
        : base(services =>
        {
            store.AddTo(services);
            services.AddScoped<PersonQuery>();
        })
    {
        this.store = store;
        var factory = TempStore.SeedAsync(Context.Services).GetAwaiter().GetResult();
        MergeAsync(factory).GetAwaiter().GetResult();
    }

    public void Dispose() => store.Dispose();

    [Fact]
    public void The_old_address_is_replaced_by_the_survivors_keeping_the_query()
    {
        var navigation = Context.Services.GetRequiredService<BunitNavigationManager>();
        navigation.NavigateTo("/people/andy-tulloch?from=bookmark");

        Render<PersonPage>(p => p.Add(c => c.Slug, "andy-tulloch"));

        var last = navigation.History.First();
        Assert.Equal("/people/andrew-tulloch?from=bookmark", last.Uri);
        Assert.True(last.Options.ReplaceHistoryEntry);
    }

    private async Task MergeAsync(IDbContextFactory<TalentWatchDbContext> factory)
    {
        int duplicateId, survivorId;
        await using (var db = await factory.CreateDbContextAsync())
        {
            var duplicate = Person.Named("Andy Tulloch");
            db.People.Add(duplicate);
            await db.SaveChangesAsync();
            duplicateId = duplicate.Id;
            survivorId = await db.People.Where(p => p.Slug == "andrew-tulloch").Select(p => p.Id).SingleAsync();
        }

        var result = await Context.Services.GetRequiredService<PersonEditor>().MergeAsync(survivorId, 0, duplicateId, 0, Actor.Named(null, "editor@example.com"));
        Assert.True(result.Succeeded, result.Message);
    }
}
