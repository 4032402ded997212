using System.Text.Json.Nodes;
using Ent.Directory;
using Ent.GraphQL;

namespace Ent.Plugins.Grades.Tests.Infrastructure;

/// <summary>The grades mutations and queries the tests run, by name.</summary>
public static class GradesApi
{
    public const string CreateEvaluation = """
        mutation($input: CreateEvaluationInput!) {
          createEvaluation(input: $input) { evaluation { id title coefficient maxMark isPublished period { name } } errors { code message field } }
        }
        """;

    public const string EnterMarks = """
        mutation($input: EnterMarksInput!) {
          enterMarks(input: $input) { marks { id value annotation student { id } } errors { code message field } }
        }
        """;

    public const string Publish = """
        mutation($input: PublishEvaluationInput!) {
          publishEvaluation(input: $input) { evaluation { id isPublished publishAt } errors { code message field } }
        }
        """;

    public static string Id(string typeName, Guid key) => GlobalId.Encode(typeName, key);

    public static string Id(Person person) => Id("Person", person.Id);

    public static string Id(SchoolClass schoolClass) => Id("Class", schoolClass.Id);

    public static string Id(Subject subject) => Id("Subject", subject.Id);

    public static string Id(Period period) => Id("Period", period.Id);

    /// <summary>Creates an evaluation that must succeed, and returns its global ID.</summary>
    public static async Task<string> CreateEvaluationAsync(GraphQLClient teacher, object input)
    {
        var payload = (await teacher.DataAsync(CreateEvaluation, new { input }))["createEvaluation"]!;
        AssertNoErrors(payload);
        return payload["evaluation"]!["id"]!.GetValue<string>();
    }

    /// <summary>Enters marks that must be accepted.</summary>
    public static async Task<JsonNode> EnterMarksAsync(GraphQLClient teacher, string evaluationId, params object[] marks)
    {
        var payload = (await teacher.DataAsync(EnterMarks, new { input = new { evaluationId, marks } }))["enterMarks"]!;
        AssertNoErrors(payload);
        return payload;
    }

    public static async Task PublishAsync(GraphQLClient teacher, string evaluationId)
    {
        var payload = (await teacher.DataAsync(Publish, new { input = new { evaluationId } }))["publishEvaluation"]!;
        AssertNoErrors(payload);
    }

    /// <summary>The user errors of a payload, as (code, field path) pairs.</summary>
    public static IReadOnlyList<(string Code, string Field)> Errors(JsonNode payload) =>
        [.. payload["errors"]!.AsArray().Select(error => (
            error!["code"]!.GetValue<string>(),
            error["field"] is JsonArray field ? string.Join('.', field.Select(part => part!.GetValue<string>())) : string.Empty))];

    private static void AssertNoErrors(JsonNode payload)
    {
        if (payload["errors"]!.AsArray().Count > 0)
        {
            throw new InvalidOperationException($"Unexpected user errors: {payload["errors"]!.ToJsonString()}");
        }
    }
}
