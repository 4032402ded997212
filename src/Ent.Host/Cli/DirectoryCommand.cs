using System.CommandLine;
using Ent.Host.Data;
using Ent.Host.Directory.Import;
using Ent.Host.Hosting;
using Ent.Host.Tenancy;
using Microsoft.Extensions.Options;

namespace Ent.Host.Cli;

/// <summary>The <c>directory</c> commands: <c>directory import</c> loads a school's CSV files (docs/DIRECTORY-IMPORT.md).</summary>
internal static class DirectoryCommand
{
    /// <summary>The exit code of an import whose files were rejected.</summary>
    public const int Rejected = 1;

    /// <summary>The exit code of a command given a wrong tenant or folder.</summary>
    public const int UsageError = 2;

    public static Command Create()
    {
        var tenantOption = new Option<string>("--tenant") { Description = "The tenant whose directory the school belongs to.", Required = true };
        var dryRunOption = new Option<bool>("--dry-run") { Description = "Validate the files and report their errors; write nothing." };
        var folderArgument = new Argument<DirectoryInfo>("folder") { Description = "The folder of the school's CSV files: school.csv, people.csv…" };
        var import = new Command("import", "Imports one school's people, classes, groups, family links and assignments from CSV files.")
        {
            tenantOption,
            dryRunOption,
            folderArgument,
        };
        import.TreatUnmatchedTokensAsErrors = false;
        import.SetAction(async (parse, cancellationToken) =>
        {
            var output = parse.InvocationConfiguration.Output;
            var error = parse.InvocationConfiguration.Error;
            var folder = parse.GetRequiredValue(folderArgument);
            if (!folder.Exists)
            {
                await error.WriteLineAsync($"The folder {folder.FullName} does not exist.");
                return UsageError;
            }

            await using var app = EntApplication.Build(EntCommandLine.ConfigurationArgs(parse));
            var tenantId = parse.GetRequiredValue(tenantOption);
            if (app.Services.GetRequiredService<TenantRegistry>().Find(tenantId) is null)
            {
                await error.WriteLineAsync($"No tenant is called '{tenantId}'.");
                return UsageError;
            }

            if (app.Services.GetRequiredService<IOptions<DataOptions>>().Value.MigrateOnStart)
            {
                await app.Services.GetRequiredService<StoreMigrator>().MigrateAsync(cancellationToken);
            }

            var importer = app.Services.GetRequiredService<DirectoryImporter>();
            var files = DirectoryImportFiles.FromFolder(folder.FullName);
            var progress = new ConsoleImportProgress(output);
            if (parse.GetValue(dryRunOption))
            {
                var validation = await importer.ValidateAsync(files, progress, cancellationToken);
                if (validation.Data is null)
                {
                    await PrintErrorsAsync(error, validation.Errors.Listed, validation.Errors.Count);
                    return Rejected;
                }

                await output.WriteLineAsync($"The files of school {validation.Data.School.Uai} are valid: {validation.Data.People.Count} people. Nothing was written (--dry-run).");
                return 0;
            }

            var result = await importer.ImportAsync(tenantId, files, progress, cancellationToken);
            if (result.Counts is not { } counts)
            {
                await PrintErrorsAsync(error, result.Errors, result.ErrorCount);
                return Rejected;
            }

            foreach (var tally in counts.All)
            {
                await output.WriteLineAsync(tally.ToString());
            }

            await output.WriteLineAsync($"Imported school {result.Uai} into tenant {tenantId} in {result.Elapsed.TotalSeconds:0.0} s: {counts.Changed} change(s).");
            return 0;
        });
        return new Command("directory", "Directory tools.") { import };
    }

    private static async Task PrintErrorsAsync(TextWriter error, IReadOnlyList<ImportError> errors, int count)
    {
        foreach (var line in errors)
        {
            await error.WriteLineAsync(line.ToString());
        }

        if (count > errors.Count)
        {
            await error.WriteLineAsync($"… and {count - errors.Count} more error(s).");
        }

        await error.WriteLineAsync($"The import was rejected with {count} error(s); nothing was written.");
    }
}
