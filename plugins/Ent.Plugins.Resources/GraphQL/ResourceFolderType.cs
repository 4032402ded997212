using Ent.Directory;
using Ent.GraphQL;
using Ent.GraphQL.Connections;
using Ent.GraphQL.Loading;
using Ent.Plugins.Resources.Domain;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace Ent.Plugins.Resources.GraphQL;

internal sealed class ResourceFolderType : NodeGraphType<ResourceFolder>
{
    public ResourceFolderType()
    {
        Name = "Folder";
        Description = "A folder a person organises their own resources in; only its owner sees it.";
        Field(f => f.Name).Description("The name.");
        Field(f => f.CreatedAt).Description("When it was created.");
        Field("owner", CoreTypes.Person).Description("Whose folder it is.")
            .Resolve(context => ResourceLoaders.ById<Person>(context, context.Source.OwnerId));
        Field<ResourceFolderType>("parent").Description("The folder it is in; null at the root.")
            .Resolve(context => context.Source.ParentId is { } id ? ResourceLoaders.ById<ResourceFolder>(context, id) : null);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ResourceFolderType>>>>("folders").Description("The folders inside, by name.")
            .Resolve(context => ResourceLoaders.Related(context, "foldersByParent", context.Source.Id,
                (db, _, keys) => db.Folders.Where(f => f.ParentId != null && keys.Contains(f.ParentId.Value)).OrderBy(f => f.Name).ThenBy(f => f.Id).Select(f => new Keyed<ResourceFolder>(f.ParentId!.Value, f)))
                .Then(folders => folders ?? []));
        Field<NonNullGraphType<ConnectionType<ResourceType, Resource>>>("resources")
            .Description("The resources inside, out of the trash, by title.")
            .PagingArguments()
            .ResolveAsync(async context =>
            {
                await using var db = await ResourceLoaders.CreateAsync(context, context.CancellationToken);
                var folderId = context.Source.Id;
                var me = ResourceLoaders.AccessOf(context).Me;
                return await db.Resources.AsNoTracking()
                    .Where(r => r.FolderId == folderId && r.OwnerId == me && r.TrashedAt == null)
                    .OrderBy(r => r.Title).ThenBy(r => r.Id)
                    .ToConnectionAsync(context);
            });
    }

    protected override Guid GetKey(ResourceFolder source) => source.Id;

    public override async ValueTask<object?> ResolveNodeAsync(IResolveFieldContext context, Guid key)
    {
        var access = ResourceLoaders.AccessOf(context);
        var me = access.Me;
        var tenant = access.Viewer.TenantId;
        await using var db = await ResourceLoaders.CreateAsync(context, context.CancellationToken);
        return await db.Folders.AsNoTracking().FirstOrDefaultAsync(f => f.Id == key && f.OwnerId == me && f.TenantId == tenant, context.CancellationToken);
    }
}
