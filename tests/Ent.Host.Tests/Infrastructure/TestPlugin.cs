namespace Ent.Host.Tests.Infrastructure;

/// <summary>
/// The source of a plugin compiled at test time: its manifest, and the bodies of its registration methods
/// (with <c>services</c>, <c>configuration</c> and <c>schema</c> in scope), plus any types it declares.
/// </summary>
internal sealed record TestPlugin(string Folder, string Id)
{
    /// <summary>Gets the manifest's SDK version; <see langword="null"/> compiles in the SDK's own, as plugins do.</summary>
    public string? SdkVersion { get; init; }

    public IReadOnlyList<string> Dependencies { get; init; } = [];

    public string ConfigureServices { get; init; } = string.Empty;

    public string ConfigureSchema { get; init; } = string.Empty;

    public string Types { get; init; } = string.Empty;

    /// <summary>Compiles the plugin into its folder of <paramref name="pluginsDirectory"/>.</summary>
    public void CompileInto(string pluginsDirectory) => PluginCompiler.Compile(pluginsDirectory, Folder, ToSource());

    public string ToSource()
    {
        var sdkVersion = SdkVersion is null ? "EntSdk.Version" : $"\"{SdkVersion}\"";
        var dependencies = string.Join(", ", Dependencies.Select(dependency => $"\"{dependency}\""));
        return $$"""
            using Ent.Access;
            using Ent.GraphQL;
            using Ent.Plugins;
            using GraphQL;
            using GraphQL.Types;
            using Microsoft.Extensions.Configuration;
            using Microsoft.Extensions.DependencyInjection;

            namespace TestPlugins.{{Folder}};

            public sealed class Plugin : IEntPlugin
            {
                public PluginManifest Manifest { get; } = new("{{Id}}", "{{Folder}}", "1.0.0", {{sdkVersion}}) { Dependencies = [{{dependencies}}] };

                public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
                {
                    {{ConfigureServices}}
                }

                public void ConfigureSchema(ISchemaContribution schema)
                {
                    {{ConfigureSchema}}
                }
            }

            {{Types}}
            """;
    }
}
