using Bunit;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using MudBlazor.Services;

namespace TalentWatch.Web.Tests.Support;

/// <summary>
/// The one bUnit context for component tests: MudBlazor services, loose JS interop, popover provider rendered.
/// MudBlazor's services are only async-disposable, so the context is disposed asynchronously (xunit calls DisposeAsync).
/// </summary>
public abstract class WebTestContext : IAsyncLifetime
{
    /// <param name="services">Extra registrations, made before anything is rendered.</param>
    protected WebTestContext(Action<IServiceCollection>? services = null)
    {
        Context.JSInterop.Mode = JSRuntimeMode.Loose;
        Context.Services.AddMudServices();
        services?.Invoke(Context.Services);
        Context.Render<MudPopoverProvider>();
    }

    protected BunitContext Context { get; } = new();

    protected IRenderedComponent<TComponent> Render<TComponent>(Action<ComponentParameterCollectionBuilder<TComponent>>? parameters = null)
        where TComponent : Microsoft.AspNetCore.Components.IComponent =>
        parameters is null ? Context.Render<TComponent>() : Context.Render(parameters);

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await Context.DisposeAsync();
}
