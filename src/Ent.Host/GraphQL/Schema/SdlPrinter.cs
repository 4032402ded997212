using GraphQL;
using GraphQL.Utilities;

namespace Ent.Host.GraphQL.Schema;

/// <summary>Prints a schema as SDL, with descriptions, the same way for the CLI, the HTTP route and the tests.</summary>
internal static class SdlPrinter
{
    public static string Print(EntSchema schema) =>
        schema.Print(new PrintOptions { IncludeDescriptions = true, IncludeDeprecationReasons = true, StringComparison = StringComparison.Ordinal });
}
