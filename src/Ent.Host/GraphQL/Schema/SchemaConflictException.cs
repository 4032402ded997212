namespace Ent.Host.GraphQL.Schema;

/// <summary>Two contributors define the same type or field, or a contribution cannot be applied.</summary>
internal sealed class SchemaConflictException(string message) : Exception(message);
