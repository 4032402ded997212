using Ent.Directory;
using Ent.GraphQL;
using Ent.GraphQL.Loading;
using Ent.Plugins.Resources.Domain;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace Ent.Plugins.Resources.GraphQL;

internal sealed class ResourceType : NodeGraphType<Resource>
{
    public ResourceType()
    {
        Name = "Resource";
        Description = "A teaching resource: a file with its versions, or a link; owned by one person, published in one school and shared with classes, groups or people of that school.";
        Field<NonNullGraphType<ResourceKindType>>("kind").Description("Whether it is a file or a link.").Resolve(context => context.Source.Kind);
        Field(r => r.Title).Description("The title.");
        Field(r => r.Description, nullable: true).Description("What it is about, for whom, how to use it.");
        Field(r => r.Url, nullable: true).Description("The address of a link; null for a file.");
        Field(r => r.Level, nullable: true).Description("The level it is meant for, such as 4e, as classes name theirs.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("tags")
            .Description("The tags, in lowercase, in alphabetical order.")
            .Resolve(context => ResourceLoaders.Related(context, "tagsByResource", context.Source.Id,
                (db, _, keys) => db.Tags.Where(t => keys.Contains(t.ResourceId)).OrderBy(t => t.Tag).Select(t => new Keyed<string>(t.ResourceId, t.Tag)))
                .Then(tags => tags ?? []));
        Field("subject", CoreTypes.Nullable(CoreTypeNames.Subject)).Description("The subject, if set.")
            .Resolve(context => context.Source.SubjectId is { } id ? ResourceLoaders.ById<Subject>(context, id) : null);
        Field("owner", CoreTypes.Person).Description("Who created the resource and whose quota it counts in.")
            .Resolve(context => ResourceLoaders.ById<Person>(context, context.Source.OwnerId));
        Field("school", CoreTypes.NonNull(CoreTypeNames.School)).Description("The school it is published in.")
            .Resolve(context => ResourceLoaders.ById<School>(context, context.Source.SchoolId));
        Field<ResourceFolderType>("folder").Description("The owner's folder holding it; null at the root and for anyone but the owner.")
            .Resolve(context => context.Source.FolderId is { } id && context.Source.OwnerId == ResourceLoaders.AccessOf(context).Me
                ? ResourceLoaders.ById<ResourceFolder>(context, id)
                : null);
        Field(r => r.CreatedAt).Description("When it was created.");
        Field(r => r.UpdatedAt).Description("When it or its file last changed.");
        Field(r => r.TrashedAt, nullable: true).Description("When it was moved to its owner's trash; null out of the trash.");
        Field<ResourceVersionType>("latestVersion").Description("The current file; null for a link.")
            .Resolve(context => context.Source.CurrentVersionId is { } id ? ResourceLoaders.ById<ResourceVersion>(context, id) : null);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ResourceVersionType>>>>("versions")
            .Description("The history of the file, newest first; empty for a link.")
            .Resolve(context => ResourceLoaders.Related(context, "versionsByResource", context.Source.Id,
                (db, _, keys) => db.Versions.Where(v => keys.Contains(v.ResourceId)).OrderByDescending(v => v.Number).Select(v => new Keyed<ResourceVersion>(v.ResourceId, v)))
                .Then(versions => versions ?? []));
        Field<ResourceRightType>("myRight").Description("The viewer's right: MANAGE for the owner, else the strongest share reaching them; null in the trash.")
            .Resolve(context => MyRight(context));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ResourceShareType>>>>("shares")
            .Description("Who the resource is shared with; only those who manage it see the list.")
            .Resolve(context => ResourceLoaders.Value<IReadOnlyList<ResourceShare>>(context, "sharesForManagers", context.Source.Id, async (db, access, keys, cancellationToken) =>
            {
                var rights = await access.RightsAsync(db, keys, cancellationToken);
                var managed = rights.Where(pair => pair.Value == ResourceRight.Manage).Select(pair => pair.Key).ToList();
                var shares = await db.Shares.AsNoTracking().Where(s => managed.Contains(s.ResourceId)).OrderBy(s => s.SharedAt).ThenBy(s => s.Id).ToListAsync(cancellationToken);
                return shares.GroupBy(s => s.ResourceId).ToDictionary(group => group.Key, group => (IReadOnlyList<ResourceShare>)[.. group]);
            }).Then(shares => shares ?? []));
        Field<NonNullGraphType<BooleanGraphType>>("isFollowed").Description("Whether the viewer hears of its new versions.")
            .Resolve(context => ResourceLoaders.Value<bool>(context, "followedByViewer", context.Source.Id, async (db, access, keys, cancellationToken) =>
            {
                var me = access.Me;
                var followed = await db.Followers.Where(f => keys.Contains(f.ResourceId) && f.PersonId == me).Select(f => f.ResourceId).ToListAsync(cancellationToken);
                return followed.ToDictionary(id => id, _ => true);
            }));
    }

    protected override Guid GetKey(Resource source) => source.Id;

    public override async ValueTask<object?> ResolveNodeAsync(IResolveFieldContext context, Guid key)
    {
        var access = ResourceLoaders.AccessOf(context);
        await using var db = await ResourceLoaders.CreateAsync(context, context.CancellationToken);
        return await access.Readable(db).Concat(access.Trash(db)).AsNoTracking().FirstOrDefaultAsync(r => r.Id == key, context.CancellationToken);
    }

    private static global::GraphQL.DataLoader.IDataLoaderResult<ResourceRight?> MyRight(IResolveFieldContext<Resource> context) =>
        ResourceLoaders.Value<ResourceRight?>(context, "rightOfViewer", context.Source.Id, async (db, access, keys, cancellationToken) =>
            (await access.RightsAsync(db, keys, cancellationToken)).ToDictionary(pair => pair.Key, pair => (ResourceRight?)pair.Value));
}
