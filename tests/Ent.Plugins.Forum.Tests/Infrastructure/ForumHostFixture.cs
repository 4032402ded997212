using Ent.Events;
using Ent.Testing;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Ent.Plugins.Forum.Tests.Infrastructure;

/// <summary>
/// One host per engine with the demo tenant seeded (its directory and its forums), shared by the test
/// classes of the engine's collection; requests sign in through <see cref="TestAuthenticationHandler"/>.
/// Tests create their own categories, so that they do not see each other's messages.
/// </summary>
/// <typeparam name="TEngine">The database engine.</typeparam>
public sealed class ForumHostFixture<TEngine> : EntHostFixture<TEngine>
    where TEngine : IDatabaseEngine
{
    private readonly DomainEventRecorder _events = new();
    private ForumHost? _forum;

    internal ForumHost Forum => _forum ??= new ForumHost(Host, _events);

    protected override void Configure(EntTestHostOptions options)
    {
        options.Settings["Ent:Demo:Seed"] = "true";
        options.ConfigureBuilder = builder =>
        {
            builder.Services.AddAuthentication(TestAuthenticationHandler.SchemeName)
                .AddScheme<AuthenticationSchemeOptions, TestAuthenticationHandler>(TestAuthenticationHandler.SchemeName, _ => { });
            builder.Services.AddSingleton<IDomainEventListener<IDomainEvent>>(_events);
        };
    }
}

[CollectionDefinition(Name)]
public sealed class SqliteHost : ICollectionFixture<ForumHostFixture<Sqlite>>
{
    public const string Name = "forum on SQLite";
}

[CollectionDefinition(Name)]
public sealed class PostgreSqlHost : ICollectionFixture<ForumHostFixture<PostgreSql>>
{
    public const string Name = "forum on PostgreSQL";
}
