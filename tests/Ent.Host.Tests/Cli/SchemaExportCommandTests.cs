using Ent.Host.Cli;
using Ent.Host.Tests.Infrastructure;
using Ent.Testing;

namespace Ent.Host.Tests.Cli;

public sealed class SchemaExportCommandTests(EntHostFixture<Sqlite> fixture) : IClassFixture<EntHostFixture<Sqlite>>
{
    [Fact]
    public async Task Exports_the_sdl_the_host_serves()
    {
        using var data = new TemporaryDirectory();
        var output = Path.Combine(data.Path, "schema.graphql");

        var exitCode = await EntCommandLine.RunAsync(["schema", "export", "--output", output, .. ConfigurationArgs(data.Path)]);

        Assert.Equal(0, exitCode);
        using var client = fixture.Host.CreateClient();
        Assert.Equal(await client.GetStringAsync(new Uri("/graphql/schema.graphql", UriKind.Relative)), await File.ReadAllTextAsync(output));
    }

    [Fact]
    public async Task Refuses_an_unknown_tenant_with_exit_code_2()
    {
        using var data = new TemporaryDirectory();
        var output = Path.Combine(data.Path, "schema.graphql");

        var exitCode = await EntCommandLine.RunAsync(["schema", "export", "--tenant", "nowhere", "--output", output, .. ConfigurationArgs(data.Path)]);

        Assert.Equal(2, exitCode);
        Assert.False(File.Exists(output));
    }

    private static string[] ConfigurationArgs(string dataDirectory) =>
        [$"--contentRoot={AppContext.BaseDirectory}", $"--Ent:Data:Directory={dataDirectory}", "--Serilog:MinimumLevel:Default=Fatal"];
}
