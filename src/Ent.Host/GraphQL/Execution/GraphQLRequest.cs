using System.Text.Json;
using Ent.GraphQL;

namespace Ent.Host.GraphQL.Execution;

/// <summary>One GraphQL operation as a client sent it.</summary>
/// <param name="Query">The document.</param>
/// <param name="OperationName">The operation to run, if the document has several.</param>
/// <param name="Variables">The variables, as JSON.</param>
/// <param name="Extensions">The extensions, as JSON.</param>
/// <param name="Uploads">The files of a multipart request and the variables they go to, if any.</param>
internal sealed record GraphQLRequest(string Query, string? OperationName, JsonElement? Variables, JsonElement? Extensions, IReadOnlyList<UploadVariable>? Uploads = null);

/// <summary>A file of a multipart request and the path, inside the variables, of the <c>null</c> it replaces.</summary>
/// <param name="Path">Property names and list indexes, such as <c>["files", "1"]</c>.</param>
/// <param name="Upload">The file.</param>
internal sealed record UploadVariable(IReadOnlyList<string> Path, Upload Upload);
