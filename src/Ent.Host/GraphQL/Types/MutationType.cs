using Ent.GraphQL;
using GraphQL.Types;

namespace Ent.Host.GraphQL.Types;

/// <summary>The root mutation type; its fields come from plugins and the core services.</summary>
internal sealed class MutationType : ObjectGraphType<object?>
{
    public MutationType()
    {
        Name = CoreTypeNames.Mutation;
    }
}
