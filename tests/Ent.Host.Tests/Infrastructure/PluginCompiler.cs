using System.Collections.Immutable;
using System.Reflection.PortableExecutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Ent.Host.Tests.Infrastructure;

/// <summary>
/// Compiles plugins from source at test time into a plugins directory laid out as the host expects
/// (<c>{folder}/{folder}.dll</c>), so that the host loads assemblies it was not built with.
/// </summary>
internal static class PluginCompiler
{
    // Every managed assembly the test process runs with: the runtime, ASP.NET Core, the SDK, GraphQL.NET and
    // EF Core, as a plugin built against the SDK would reference them.
    private static readonly Lazy<ImmutableArray<MetadataReference>> References = new(() =>
    [
        .. ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Where(IsManagedAssembly)
            .Select(path => MetadataReference.CreateFromFile(path)),
    ]);

    /// <summary>Compiles a plugin into <c>{pluginsDirectory}/{folder}/{folder}.dll</c>.</summary>
    /// <exception cref="InvalidOperationException">When the source does not compile, with the diagnostics.</exception>
    public static void Compile(string pluginsDirectory, string folder, string source)
    {
        var compilation = CSharpCompilation.Create(
            folder,
            [CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest))],
            References.Value,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

        var directory = System.IO.Directory.CreateDirectory(Path.Combine(pluginsDirectory, folder));
        using var output = File.Create(Path.Combine(directory.FullName, folder + ".dll"));
        var result = compilation.Emit(output);
        if (!result.Success)
        {
            var errors = result.Diagnostics.Where(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error);
            throw new InvalidOperationException($"The test plugin {folder} does not compile:{Environment.NewLine}{string.Join(Environment.NewLine, errors)}");
        }
    }

    private static bool IsManagedAssembly(string path)
    {
        try
        {
            using var reader = new PEReader(File.OpenRead(path));
            return reader.HasMetadata;
        }
        catch (BadImageFormatException)
        {
            return false;
        }
    }
}
