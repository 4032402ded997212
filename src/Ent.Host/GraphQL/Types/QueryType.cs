using Ent.Access;
using Ent.GraphQL;
using Ent.Host.GraphQL.Schema;
using GraphQL;
using GraphQL.Types;

namespace Ent.Host.GraphQL.Types;

internal sealed class QueryType : ObjectGraphType<object?>
{
    public QueryType()
    {
        Name = CoreTypeNames.Query;

        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ServiceType>>>>("bouquet")
            .Description("The services active for the current tenant. Readable without signing in, so that apps can discover what a school has.")
            .AllowAnonymous()
            .Resolve(context => ((EntSchema)context.Schema).Bouquet);

        Field<NonNullGraphType<NodeInterfaceType>>("node")
            .Description("Fetches an object by its global ID.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "The object's global ID.")
            .ResolveAsync(async context => await ResolveNodeAsync(context, context.GetArgument<string>("id")) ?? throw EntErrors.NotFound("Node"));

        Field<NonNullGraphType<ListGraphType<NodeInterfaceType>>>("nodes")
            .Description("Fetches objects by their global IDs, in the same order; an object that cannot be found is null.")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("ids", "The objects' global IDs (at most 100).")
            .ResolveAsync(async context =>
            {
                var ids = context.GetArgument<List<string>>("ids");
                if (ids.Count > 100)
                {
                    throw EntErrors.BadUserInput("Ask for at most 100 IDs at once.");
                }

                var nodes = new List<object?>(ids.Count);
                foreach (var id in ids)
                {
                    nodes.Add(await ResolveNodeAsync(context, id));
                }

                return nodes;
            });
    }

    private static async ValueTask<object?> ResolveNodeAsync(IResolveFieldContext context, string id)
    {
        if (!GlobalId.TryDecode(id, out var typeName, out var key))
        {
            throw EntErrors.BadUserInput("The ID is not a valid global ID.");
        }

        return context.Schema.AllTypes[typeName] is INodeResolver resolver
            ? await resolver.ResolveNodeAsync(context, key)
            : null;
    }
}
