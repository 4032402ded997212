using Ent.Host.GraphQL.Schema;
using Microsoft.Extensions.DependencyInjection;

namespace Ent.Host.Identity.Tests.Infrastructure;

/// <summary>One embedded-mode host shared by the tests of a class.</summary>
public sealed class EmbeddedHostFixture : IAsyncLifetime
{
    private IdentityHost? _host;

    internal IdentityHost Host => _host ?? throw new InvalidOperationException("The host has not started.");

    public async Task InitializeAsync() =>
        _host = await IdentityHost.StartAsync(configure: builder => builder.Services.AddSingleton<ICoreSchemaContributor, ScopeProbeContributor>());

    public async Task DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }
    }
}
