using Ent.Host.GraphQL.Schema;
using Ent.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Ent.Host.Tests.Infrastructure;

/// <summary>One sign-on host (<see cref="SignOnHost"/>) shared by the tests of a class, with <see cref="ScopeProbeContributor"/>.</summary>
public sealed class SignOnHostFixture<TEngine> : EntHostFixture<TEngine>
    where TEngine : IDatabaseEngine
{
    private SignOnHost? _signOn;

    internal SignOnHost SignOn => _signOn ??= new SignOnHost(Host);

    public override async Task DisposeAsync()
    {
        if (_signOn is not null)
        {
            await _signOn.DisposeAsync();
        }

        await base.DisposeAsync();
    }

    protected override void Configure(EntTestHostOptions options) =>
        SignOnHost.Configure(options, configure: builder => builder.Services.AddSingleton<ICoreSchemaContributor, ScopeProbeContributor>());
}
