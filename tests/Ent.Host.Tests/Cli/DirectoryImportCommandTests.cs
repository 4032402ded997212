using Ent.Data;
using Ent.Host.Cli;
using Ent.Host.Tests.Infrastructure;

namespace Ent.Host.Tests.Cli;

public sealed class DirectoryImportCommandTests
{
    [Fact]
    public async Task The_import_command_exits_with_zero_on_success_and_non_zero_on_rejection()
    {
        await using var host = await DirectoryImportHost.StartAsync(DatabaseProvider.Sqlite);
        using var files = ImportFolder.FromSample();
        string[] import = ["directory", "import", "--tenant", DirectoryImportHost.TenantId, files.Path, .. host.ConfigurationArgs];

        Assert.Equal(0, await EntCommandLine.RunAsync(import));
        Assert.Equal(22, (await host.CountRowsAsync())["people"]);

        files.Replace("enrollments.csv", "E001;6A", "E001;6Z");
        Assert.Equal(DirectoryCommand.Rejected, await EntCommandLine.RunAsync(import));
        Assert.Equal(DirectoryCommand.Rejected, await EntCommandLine.RunAsync([.. import, "--dry-run"]));

        Assert.Equal(DirectoryCommand.UsageError, await EntCommandLine.RunAsync(["directory", "import", "--tenant", "nowhere", files.Path, .. host.ConfigurationArgs]));
    }
}
