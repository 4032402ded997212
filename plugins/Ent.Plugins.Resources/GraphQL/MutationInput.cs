using Ent.GraphQL;
using GraphQL;

namespace Ent.Plugins.Resources.GraphQL;

/// <summary>Reads a mutation's <c>input</c> argument, telling an absent field from a null one.</summary>
internal sealed class MutationInput(IReadOnlyDictionary<string, object?> values)
{
    public static MutationInput From(IResolveFieldContext context) =>
        new(context.GetArgument<Dictionary<string, object?>>("input") ?? []);

    public bool Has(string field) => values.ContainsKey(field);

    public string? String(string field) => values.GetValueOrDefault(field)?.ToString();

    public T? Value<T>(string field) => values.GetValueOrDefault(field) is T value ? value : default;

    public IReadOnlyList<string>? Strings(string field) =>
        values.GetValueOrDefault(field) is IEnumerable<object?> items ? [.. items.OfType<string>()] : null;

    /// <summary>Decodes an ID field of the input.</summary>
    /// <returns><see langword="false"/> with an <c>INVALID_ID</c> error when it is not an ID of that type.</returns>
    public bool TryId(string field, string typeName, out Guid? key, out UserError? error)
    {
        key = null;
        error = null;
        if (String(field) is not { } id)
        {
            return true;
        }

        if (GlobalId.TryDecode(id, out var actualType, out var decoded) && actualType == typeName)
        {
            key = decoded;
            return true;
        }

        error = new UserError(Domain.ResourceErrorCodes.InvalidId, $"`{field}` is not the ID of a {typeName}.", ["input", field]);
        return false;
    }
}
