using Ent.Plugins.Absences.Tests.Hosting;

namespace Ent.Plugins.Absences.Tests.GraphQL;

public sealed class DebugTests(SqliteHost host) : IClassFixture<SqliteHost>
{
    [Fact]
    public async Task Me()
    {
        var result = await host.ExecuteAsync(host.Directory.Cpe, "{ me { firstName } }");
        Assert.Fail(result.Text());
    }
}
