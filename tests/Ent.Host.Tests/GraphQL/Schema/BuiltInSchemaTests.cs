using System.Net;
using Ent.Testing;
using Snapshooter.Xunit;

namespace Ent.Host.Tests.GraphQL.Schema;

/// <summary>
/// Pins the schema of the default configuration, with whatever plugins are built in: a change to the public
/// schema shows in review as a change to the snapshot.
/// </summary>
public sealed class BuiltInSchemaTests(EntHostFixture<Sqlite> fixture) : IClassFixture<EntHostFixture<Sqlite>>
{
    [Fact]
    public async Task Serves_the_sdl_of_the_built_in_bouquet()
    {
        using var client = fixture.Host.CreateClient();

        using var response = await client.GetAsync(new Uri("/graphql/schema.graphql", UriKind.Relative));
        var sdl = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        Snapshot.Match(sdl);
    }
}
