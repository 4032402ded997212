using Ent.Events;
using Ent.Testing;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Ent.Plugins.Forum.Tests.Infrastructure;

/// <summary>
/// One host per engine on the demo tenant (its directory and its forums), shared by the test classes of the
/// engine's collection, recording the domain events it publishes. Tests create their own categories, so
/// that they do not see each other's messages.
/// </summary>
/// <typeparam name="TEngine">The database engine.</typeparam>
public sealed class ForumHostFixture<TEngine> : DemoHostFixture<TEngine>
    where TEngine : IDatabaseEngine
{
    private readonly DomainEventRecorder _events = new();
    private ForumHost? _forum;

    internal ForumHost Forum => _forum ??= new ForumHost(Host, _events);

    protected override void Configure(EntTestHostOptions options)
    {
        base.Configure(options);
        options.ConfigureBuilder = builder => builder.Services.AddSingleton<IDomainEventListener<IDomainEvent>>(_events);
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
