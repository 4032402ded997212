using System.Net.Http.Headers;
using Ent.Data;
using Ent.Plugins.Forum.Data;
using Ent.Testing;
using Microsoft.EntityFrameworkCore;

namespace Ent.Plugins.Forum.Tests.Infrastructure;

/// <summary>
/// The real host of <see cref="ForumHostFixture{TEngine}"/>, with what the forum's tests need on top of it:
/// clients signed in as demo people, the domain events published, the store's rows, and statement counts.
/// </summary>
internal sealed class ForumHost(EntTestHost host, DomainEventRecorder events)
{
    public DatabaseProvider Provider => host.Database;

    /// <summary>Gets the domain events the host published.</summary>
    public DomainEventRecorder Events { get; } = events;

    /// <summary>
    /// A client signed in as a person of the demo tenant with an access token the host issued, granting the
    /// forum's scopes unless told otherwise.
    /// </summary>
    public HttpClient ClientFor(Guid personId, params string[] scopes)
    {
        var client = host.CreateClient();
        var token = host.IssueAccessToken(personId, scopes.Length == 0 ? ["forum:read", "forum:write"] : scopes);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    public HttpClient AnonymousClient() => host.CreateClient();

    /// <summary>A context of the forum store, the tests' own, to arrange and check rows directly.</summary>
    public ForumDbContext CreateStore()
    {
        var options = new DbContextOptionsBuilder<ForumDbContext>();
        if (Provider == DatabaseProvider.Sqlite)
        {
            options.UseSqlite(host.ConnectionString);
        }
        else
        {
            options.UseNpgsql(host.ConnectionString);
        }

        return new ForumDbContext(options.Options);
    }

    /// <summary>Counts the SQL statements run on this host's database until disposed.</summary>
    public SqlStatementCounter CountStatements() => new(host);
}
