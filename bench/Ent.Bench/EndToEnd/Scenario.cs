using System.Text.Json.Nodes;

namespace Ent.Bench.EndToEnd;

/// <summary>
/// A request users make often, benchmarked end to end. Its first request is the one measured under load; the
/// others ask the same for smaller answers, to show whether the statement count grows with the answer.
/// </summary>
internal sealed class Scenario
{
    /// <summary>Gets the scenario's name, as the command line and the report spell it.</summary>
    public required string Name { get; init; }

    /// <summary>Gets who makes the request and what it shows them.</summary>
    public required string Description { get; init; }

    /// <summary>Gets the plugins the scenario needs; it is skipped when one is not in the bouquet.</summary>
    public IReadOnlyList<string> Requires { get; init; } = [];

    /// <summary>Gets the plugins that add parts to the request when they are in the bouquet.</summary>
    public IReadOnlyList<string> Enriches { get; init; } = [];

    /// <summary>Gets the requests, built for the generated tenant; the first is the one measured under load.</summary>
    public required Func<ScenarioSetup, CancellationToken, Task<IReadOnlyList<ScenarioRequest>>> Requests { get; init; }
}

/// <summary>One GraphQL request of a scenario, as <paramref name="Viewer"/>.</summary>
/// <param name="Variant">What distinguishes it from the scenario's other requests, such as <c>3 children</c>.</param>
/// <param name="Viewer">The person whose token the request carries.</param>
/// <param name="Query">The GraphQL document.</param>
/// <param name="Variables">The variables.</param>
internal sealed record ScenarioRequest(string Variant, Guid Viewer, string Query, JsonObject Variables);

/// <summary>What scenarios build their requests from.</summary>
/// <param name="Users">The people to act as.</param>
/// <param name="Bouquet">The plugins the tenant's schema has.</param>
/// <param name="Today">Today in French time, as the server counts it.</param>
/// <param name="Client">Sends a set-up request (to find an object's ID) as a person and gives its <c>data</c>.</param>
internal sealed record ScenarioSetup(
    BenchUsers Users,
    IReadOnlySet<string> Bouquet,
    DateOnly Today,
    Func<Guid, string, JsonObject, CancellationToken, Task<JsonObject>> Client);
