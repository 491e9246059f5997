using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;

namespace ServiceConsole.Web.Components;

/// <summary>
/// Cascades the <see cref="Viewer"/> to every component of a circuit from the authentication state, and again
/// whenever that changes (as the framework's own cascading authentication state does).
/// </summary>
public static class ViewerCascade
{
    public static IServiceCollection AddCascadingViewer(this IServiceCollection services) =>
        services.AddCascadingValue<Viewer>(sp => sp.GetService<AuthenticationStateProvider>() is { } provider
            ? new Source(provider)
            : new CascadingValueSource<Viewer>(Viewer.Anonymous, isFixed: true));

    private sealed class Source : CascadingValueSource<Viewer>, IDisposable
    {
        private readonly AuthenticationStateProvider _provider;

        public Source(AuthenticationStateProvider provider)
            : base(() => Initial(provider), isFixed: false)
        {
            _provider = provider;
            _provider.AuthenticationStateChanged += OnChanged;
        }

        // On the server the state is known when the circuit starts; until a pending one resolves the viewer is anonymous.
        private static Viewer Initial(AuthenticationStateProvider provider)
        {
            var state = provider.GetAuthenticationStateAsync();
            return state.IsCompletedSuccessfully ? new Viewer(state.Result.User) : Viewer.Anonymous;
        }

        private void OnChanged(Task<AuthenticationState> state) => _ = NotifyAsync(state);

        private async Task NotifyAsync(Task<AuthenticationState> state) => await NotifyChangedAsync(new Viewer((await state).User));

        public void Dispose() => _provider.AuthenticationStateChanged -= OnChanged;
    }
}
