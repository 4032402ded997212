using Ent.GraphQL;

namespace Ent.Host.GraphQL.Schema;

/// <summary>A part of the host that contributes core types and fields to every schema.</summary>
internal interface ICoreSchemaContributor
{
    void Contribute(ISchemaContribution schema);
}
