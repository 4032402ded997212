using Ent.Access;
using Ent.Directory;
using Ent.GraphQL;
using Ent.GraphQL.Connections;
using Ent.GraphQL.Ordering;
using Ent.Plugins.Resources.Domain;
using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Ent.Plugins.Resources.GraphQL;

/// <summary>
/// The read side of the schema: <c>resources</c> and <c>resourceTrash</c> at the root, a class's and a group's
/// resources, a person's folders and usage, and a school's usage.
/// </summary>
internal static class ResourceQueries
{
    public static void Contribute(ISchemaContribution schema)
    {
        schema.ExtendQuery(query =>
        {
            ListArguments(query.Field<NonNullGraphType<ConnectionType<ResourceType, Resource>>>("resources")
                .Description("Searches the resources the viewer may read: their own and those shared with them, their classes and groups (or, for a relative, their children's where the school allows it).")
                .RequireScope(ResourcesScopes.Read))
                .ResolveAsync(async context =>
                {
                    await using var db = await ResourceLoaders.CreateAsync(context, context.CancellationToken);
                    return await List(context, ResourceLoaders.AccessOf(context).Readable(db)).ToConnectionAsync(context);
                });

            query.Field<NonNullGraphType<ConnectionType<ResourceType, Resource>>>("resourceTrash")
                .Description("The viewer's own resources in their trash, most recently trashed first.")
                .RequireScope(ResourcesScopes.Read)
                .PagingArguments()
                .ResolveAsync(async context =>
                {
                    await using var db = await ResourceLoaders.CreateAsync(context, context.CancellationToken);
                    return await ResourceLoaders.AccessOf(context).Trash(db).AsNoTracking()
                        .OrderByDescending(r => r.TrashedAt).ThenBy(r => r.Id)
                        .ToConnectionAsync(context);
                });
        });

        schema.ExtendType<SchoolClass>(CoreTypeNames.Class, type =>
            ListArguments(type.Field<NonNullGraphType<ConnectionType<ResourceType, Resource>>>("resources")
                .Description("The resources shared with the class that the viewer may read.")
                .RequireScope(ResourcesScopes.Read))
                .ResolveAsync(async context => await SharedWith(context, ShareTargetKind.Class, context.Source.Id)));

        schema.ExtendType<TeachingGroup>(CoreTypeNames.TeachingGroup, type =>
            ListArguments(type.Field<NonNullGraphType<ConnectionType<ResourceType, Resource>>>("resources")
                .Description("The resources shared with the group that the viewer may read.")
                .RequireScope(ResourcesScopes.Read))
                .ResolveAsync(async context => await SharedWith(context, ShareTargetKind.Group, context.Source.Id)));

        schema.ExtendType<Person>(CoreTypeNames.Person, type =>
        {
            type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ResourceFolderType>>>>("resourceFolders")
                .Description("The person's top-level resource folders, by name; empty for anyone but the person themself.")
                .RequireScope(ResourcesScopes.Read)
                .ResolveAsync(async context =>
                {
                    var access = ResourceLoaders.AccessOf(context);
                    if (context.Source.Id != access.Me)
                    {
                        return new List<ResourceFolder>();
                    }

                    await using var db = await ResourceLoaders.CreateAsync(context, context.CancellationToken);
                    var me = access.Me;
                    return await db.Folders.AsNoTracking().Where(f => f.OwnerId == me && f.ParentId == null).OrderBy(f => f.Name).ThenBy(f => f.Id).ToListAsync(context.CancellationToken);
                });

            type.Field<ResourceUsageType>("resourceUsage")
                .Description("How much of their storage quota the person's resources use; null for anyone but the person themself.")
                .RequireScope(ResourcesScopes.Read)
                .ResolveAsync(async context =>
                {
                    var access = ResourceLoaders.AccessOf(context);
                    if (context.Source.Id != access.Me)
                    {
                        return null;
                    }

                    await using var db = await ResourceLoaders.CreateAsync(context, context.CancellationToken);
                    var me = access.Me;
                    var used = await db.PersonUsages.Where(u => u.PersonId == me).Select(u => (long?)u.UsedBytes).FirstOrDefaultAsync(context.CancellationToken) ?? 0;
                    return new ResourceUsage(used, context.RequestServices!.GetRequiredService<IOptions<ResourcesOptions>>().Value.PersonQuotaBytes);
                });
        });

        schema.ExtendType<School>(CoreTypeNames.School, type =>
            type.Field<ResourceUsageType>("resourceUsage")
                .Description("How much of the school's storage quota its resources use; null for anyone but the school's staff.")
                .RequireScope(ResourcesScopes.Read)
                .ResolveAsync(async context =>
                {
                    var policy = context.RequestServices!.GetRequiredService<IAccessPolicy>();
                    if (!policy.StaffedSchools().Contains(context.Source.Id))
                    {
                        return null;
                    }

                    await using var db = await ResourceLoaders.CreateAsync(context, context.CancellationToken);
                    var schoolId = context.Source.Id;
                    var used = await db.SchoolUsages.Where(u => u.SchoolId == schoolId).Select(u => (long?)u.UsedBytes).FirstOrDefaultAsync(context.CancellationToken) ?? 0;
                    return new ResourceUsage(used, context.RequestServices!.GetRequiredService<IOptions<ResourcesOptions>>().Value.SchoolQuotaOf(context.Source.Uai));
                }));
    }

    private static FieldBuilder<TSource, TReturn> ListArguments<TSource, TReturn>(FieldBuilder<TSource, TReturn> field) =>
        field
            .Argument<ResourceFilterInputType>(ResourceSearch.FilterArgument, "Narrows the list.")
            .Argument<OrderByInputType<ResourceOrderField>>(ResourceSearch.OrderArgument, "The order; most recently updated first by default.")
            .PagingArguments();

    private static IOrderedQueryable<Resource> List(IResolveFieldContext context, IQueryable<Resource> readable) =>
        ResourceSearch.Order(
            ResourceSearch.Filter(readable.AsNoTracking(), context.GetArgument<ResourceFilter?>(ResourceSearch.FilterArgument)),
            context.GetArgument<OrderBy<ResourceOrderField>?>(ResourceSearch.OrderArgument));

    private static async Task<Connection<Resource>> SharedWith(IResolveFieldContext context, ShareTargetKind kind, Guid targetId)
    {
        await using var db = await ResourceLoaders.CreateAsync(context, context.CancellationToken);
        var readable = ResourceLoaders.AccessOf(context).Readable(db)
            .Where(r => r.Shares.Any(s => s.TargetKind == kind && s.TargetId == targetId));
        return await List(context, readable).ToConnectionAsync(context);
    }
}
