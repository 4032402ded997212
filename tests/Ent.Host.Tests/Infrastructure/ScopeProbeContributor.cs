using Ent.Access;
using Ent.GraphQL;
using Ent.Host.GraphQL.Schema;
using GraphQL.Types;

namespace Ent.Host.Tests.Infrastructure;

/// <summary>Adds <c>scopeProbe</c>, a root field that needs the <c>grades:read</c> scope, as a plugin field would.</summary>
internal sealed class ScopeProbeContributor : ICoreSchemaContributor
{
    public const string Scope = "grades:read";

    public void Contribute(ISchemaContribution schema) =>
        schema.ExtendQuery(query => query.Field<StringGraphType>("scopeProbe").RequireScope(Scope).Resolve(_ => "granted"));
}
