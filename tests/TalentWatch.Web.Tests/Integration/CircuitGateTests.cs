using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using TalentWatch.Web.Infrastructure.Security;

namespace TalentWatch.Web.Tests.Integration;

/// <summary>
/// Issue 15, item 12: circuits per client address are capped (<c>Blazor:Circuit:MaxPerClient</c>). A circuit's connection is
/// one long GET on the hub path for as long as it lives; here a stand-in hub holds each GET open until the test lets go.
/// </summary>
public sealed class CircuitGateTests
{
    [Fact]
    public async Task Connections_beyond_the_cap_from_one_address_get_429_and_a_closed_one_frees_its_place()
    {
        var release = new TaskCompletionSource();
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseTestServer();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { [CircuitGate.MaxPerClientKey] = "2" });
        await using var app = builder.Build();
        app.UseTalentWatchCircuitGate();
        app.MapGet("/_blazor", async () =>
        {
            await release.Task;
            return Results.Ok();
        });
        await app.StartAsync();
        var client = app.GetTestClient();

        var first = client.GetAsync("/_blazor?id=1");
        var second = client.GetAsync("/_blazor?id=2");
        await Task.Delay(200);
        var third = await client.GetAsync("/_blazor?id=3");

        Assert.Equal(HttpStatusCode.TooManyRequests, third.StatusCode);
        Assert.Contains("Too many open pages", await third.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        release.SetResult();
        Assert.Equal(HttpStatusCode.OK, (await first).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await second).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/_blazor?id=4")).StatusCode);
    }

    [Theory]
    [InlineData("http://evil.example", "localhost", false)]
    [InlineData("https://talentwatch.example.org", "talentwatch.example.org", true)]
    [InlineData("https://talentwatch.example.org:8443", "talentwatch.example.org:8443", true)]
    [InlineData("https://talentwatch.example.org.evil.example", "talentwatch.example.org", false)]
    [InlineData("http://localhost:5080", "localhost:5080", true)]
    [InlineData("http://localhost:5081", "localhost:5080", false)]
    [InlineData("null", "localhost", false)]
    [InlineData("file://", "localhost", false)]
    public void Only_this_sites_own_host_is_same_origin(string origin, string host, bool allowed)
    {
        var request = new DefaultHttpContext().Request;
        request.Host = new HostString(host);

        Assert.Equal(allowed, CircuitGate.IsAllowed(origin, request, new HashSet<string>()));
    }
}
