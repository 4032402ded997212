using System.Text.Json;

namespace Ent.Host.GraphQL.Execution;

/// <summary>One GraphQL operation as a client sent it.</summary>
internal sealed record GraphQLRequest(string Query, string? OperationName, JsonElement? Variables, JsonElement? Extensions);
