using System.CommandLine;
using Ent.Host.Data;
using Ent.Host.GraphQL.Schema;
using Ent.Host.Hosting;
using Ent.Host.Tenancy;

namespace Ent.Host.Cli;

/// <summary>
/// The host's command line: with no command it serves; commands act on the configured database and
/// plugins and exit. Anything the parser does not know (<c>--urls</c>, <c>--Ent:Database:Provider</c>) is
/// configuration, as ASP.NET Core users expect.
/// </summary>
internal static class EntCommandLine
{
    public static Task<int> RunAsync(string[] args)
    {
        var root = new RootCommand("ENT: a headless GraphQL backend for school digital workspaces. With no command, serves GraphQL.")
        {
            TreatUnmatchedTokensAsErrors = false,
        };
        root.SetAction(async (parse, cancellationToken) =>
        {
            await using var app = EntApplication.Build(ConfigurationArgs(parse));
            await app.RunAsync(cancellationToken);
            return 0;
        });

        root.Subcommands.Add(MigrateCommand());
        root.Subcommands.Add(SchemaCommand());
        root.Subcommands.Add(GenerateCommand());
        root.Subcommands.Add(DirectoryCommand.Create());
        root.Subcommands.Add(TokenCommand.Create());
        return root.Parse(args).InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
    }

    private static Command MigrateCommand()
    {
        var command = new Command("migrate", "Applies pending migrations of the host's and every plugin's store, then exits.")
        {
            TreatUnmatchedTokensAsErrors = false,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var app = EntApplication.Build(ConfigurationArgs(parse));
            var applied = await app.Services.GetRequiredService<StoreMigrator>().MigrateAsync(cancellationToken);
            await parse.InvocationConfiguration.Output.WriteLineAsync($"Applied {applied} migration(s).");
            return 0;
        });
        return command;
    }

    private static Command SchemaCommand()
    {
        var tenantOption = new Option<string?>("--tenant") { Description = "The tenant whose schema to print (default: the default tenant)." };
        var outputOption = new Option<FileInfo?>("--output", "-o") { Description = "Write the SDL to this file instead of standard output." };
        var export = new Command("export", "Prints the SDL of a tenant's schema.") { tenantOption, outputOption };
        export.TreatUnmatchedTokensAsErrors = false;
        export.SetAction(async (parse, cancellationToken) =>
        {
            await using var app = EntApplication.Build(ConfigurationArgs(parse));
            var registry = app.Services.GetRequiredService<TenantRegistry>();
            var tenantId = parse.GetValue(tenantOption);
            var tenant = tenantId is null ? registry.Default : registry.Find(tenantId);
            if (tenant is null)
            {
                await parse.InvocationConfiguration.Error.WriteLineAsync(tenantId is null ? "No default tenant is configured: pass --tenant." : $"No tenant is called '{tenantId}'.");
                return 2;
            }

            var sdl = SdlPrinter.Print(app.Services.GetRequiredService<SchemaRegistry>().GetSchema(tenant));
            if (parse.GetValue(outputOption) is { } file)
            {
                await File.WriteAllTextAsync(file.FullName, sdl, cancellationToken);
            }
            else
            {
                await parse.InvocationConfiguration.Output.WriteAsync(sdl);
            }

            return 0;
        });
        return new Command("schema", "Schema tools.") { export };
    }

    private static Command GenerateCommand()
    {
        var tenantOption = new Option<string?>("--tenant") { Description = "The tenant to fill (default: the default tenant); its directory must be empty." };
        var schoolsOption = new Option<int>("--schools") { Description = "How many collèges.", DefaultValueFactory = _ => 1 };
        var pupilsOption = new Option<int>("--pupils-per-school") { Description = "How many pupils in each.", DefaultValueFactory = _ => 600 };
        var seedOption = new Option<int>("--seed") { Description = "The seed: the same seed gives the same data.", DefaultValueFactory = _ => 1 };
        var command = new Command("generate", "Generates a synthetic tenant at a chosen scale, in the directory and in every plugin, for load tests and benchmarks.")
        {
            tenantOption, schoolsOption, pupilsOption, seedOption,
        };
        command.TreatUnmatchedTokensAsErrors = false;
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var app = EntApplication.Build(ConfigurationArgs(parse));
            await app.Services.GetRequiredService<StoreMigrator>().MigrateAsync(cancellationToken);
            var registry = app.Services.GetRequiredService<TenantRegistry>();
            var tenantId = parse.GetValue(tenantOption);
            var tenant = tenantId is null ? registry.Default : registry.Find(tenantId);
            if (tenant is null)
            {
                await parse.InvocationConfiguration.Error.WriteLineAsync(tenantId is null ? "No default tenant is configured: pass --tenant." : $"No tenant is called '{tenantId}'.");
                return 2;
            }

            var output = parse.InvocationConfiguration.Output;
            var clock = System.Diagnostics.Stopwatch.StartNew();
            var progress = new WriterProgress<Ent.Synthetic.SyntheticProgress>(output, step => $"[{clock.Elapsed:mm\\:ss}] {step.Source}: {step.Count:N0} {step.What}");
            await app.Services.GetRequiredService<Synthetic.SyntheticTenantWriter>().WriteAsync(
                tenant.Id, parse.GetValue(schoolsOption), parse.GetValue(pupilsOption), parse.GetValue(seedOption), progress, cancellationToken);
            await output.WriteLineAsync($"Generated tenant {tenant.Id} in {clock.Elapsed.TotalSeconds:F1} s.");
            return 0;
        });
        return command;
    }

    public static string[] ConfigurationArgs(ParseResult parse) => [.. parse.UnmatchedTokens];
}
