using Ent.Access;
using Ent.Directory;
using Ent.Events;
using Ent.GraphQL;
using Ent.Plugins.Resources.Access;
using Ent.Plugins.Resources.Data;
using Ent.Plugins.Resources.Domain;
using Ent.Plugins.Resources.Events;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Ent.Plugins.Resources.GraphQL;

/// <summary>
/// The write side of the schema. Each mutation checks the viewer's right through <see cref="ResourceAccess"/>
/// and returns its mistakes as user errors; nothing is written when a payload carries one.
/// </summary>
internal static class ResourceMutations
{
    public static void Contribute(ISchemaContribution schema) => schema.ExtendMutation(mutation =>
    {
        Add<CreateResourceFolderPayloadType, CreateResourceFolderInputType>(mutation, "createResourceFolder", "Creates a folder among the viewer's own.", CreateFolderAsync);
        Add<RenameResourceFolderPayloadType, RenameResourceFolderInputType>(mutation, "renameResourceFolder", "Renames one of the viewer's folders.", RenameFolderAsync);
        Add<DeleteResourceFolderPayloadType, DeleteResourceFolderInputType>(mutation, "deleteResourceFolder", "Deletes one of the viewer's folders, which must hold nothing out of the trash.", DeleteFolderAsync);
        Add<UploadResourcePayloadType, UploadResourceInputType>(mutation, "uploadResource", "Creates a file resource from an upload (GraphQL multipart request). Refused before anything is stored when the type is refused, the file too large or a quota would be passed.", UploadAsync);
        Add<CreateLinkResourcePayloadType, CreateLinkResourceInputType>(mutation, "createLinkResource", "Creates a link to an external http(s) address.", CreateLinkAsync);
        Add<UpdateResourcePayloadType, UpdateResourceInputType>(mutation, "updateResource", "Edits a resource's description fields; needs the CONTRIBUTE right.", UpdateAsync);
        Add<MoveResourcePayloadType, MoveResourceInputType>(mutation, "moveResource", "Moves one of the viewer's resources to one of their folders.", MoveAsync);
        Add<UploadResourceVersionPayloadType, UploadResourceVersionInputType>(mutation, "uploadResourceVersion", "Uploads a new version of a file resource, keeping the previous ones; needs the CONTRIBUTE right. Followers hear of it.", UploadVersionAsync);
        Add<ShareResourcePayloadType, ShareResourceInputType>(mutation, "shareResource", "Shares a resource with a class, group or person of its school, or changes their right; needs the MANAGE right.", ShareAsync);
        Add<UnshareResourcePayloadType, UnshareResourceInputType>(mutation, "unshareResource", "Takes a share back; needs the MANAGE right.", UnshareAsync);
        Add<DeleteResourcePayloadType, DeleteResourceInputType>(mutation, "deleteResource", "Moves a resource to its owner's trash, from which the owner can restore it; needs the MANAGE right.", TrashAsync);
        Add<RestoreResourcePayloadType, RestoreResourceInputType>(mutation, "restoreResource", "Brings one of the viewer's resources back from their trash.", RestoreAsync);
        Add<FollowResourcePayloadType, FollowResourceInputType>(mutation, "followResource", "Starts or stops hearing of a resource's new versions.", FollowAsync);
        mutation.Field<NonNullGraphType<EmptyResourceTrashPayloadType>>("emptyResourceTrash")
            .Description("Deletes for good the resources in the viewer's trash, with their files, and gives their bytes back to the quotas.")
            .RequireScope(ResourcesScopes.Write)
            .ResolveAsync(async context =>
            {
                var access = ResourceLoaders.AccessOf(context);
                await using var db = await ResourceLoaders.CreateAsync(context, context.CancellationToken);
                var (count, freed) = await context.RequestServices!.GetRequiredService<ResourceTrash>()
                    .EmptyAsync(db, access.Viewer.TenantId, access.Me, context.CancellationToken);
                return new ResourcePayload([]) { DeletedCount = count, FreedBytes = freed };
            });
    });

    private static void Add<TPayload, TInput>(ObjectGraphType<object?> mutation, string name, string description, Func<Call, Task<ResourcePayload>> resolve)
        where TPayload : IGraphType
        where TInput : IGraphType =>
        mutation.Field<NonNullGraphType<TPayload>>(name)
            .Description(description)
            .Argument<NonNullGraphType<TInput>>("input")
            .RequireScope(ResourcesScopes.Write)
            .ResolveAsync(async context =>
            {
                await using var db = await ResourceLoaders.CreateAsync(context, context.CancellationToken);
                return await resolve(new Call(context, db, MutationInput.From(context), ResourceLoaders.AccessOf(context)));
            });

    private static async Task<ResourcePayload> CreateFolderAsync(Call call)
    {
        if (ResourceRules.CheckText(call.Input.String("name"), ResourceRules.FolderNameMaxLength, "name", required: true) is { } invalid)
        {
            return ResourcePayload.Fail(invalid);
        }

        if (!call.Input.TryId("parentId", "Folder", out var parentId, out var badId))
        {
            return ResourcePayload.Fail(badId!);
        }

        if (parentId is { } parent && !await call.OwnFolders().AnyAsync(f => f.Id == parent, call.Cancellation))
        {
            return ResourcePayload.Fail(ResourceErrorCodes.NotFound, "The parent folder was not found among yours.", "input", "parentId");
        }

        var folder = new ResourceFolder
        {
            Id = Guid.CreateVersion7(call.Now), TenantId = call.Tenant, OwnerId = call.Me, ParentId = parentId,
            Name = call.Input.String("name")!.Trim(), CreatedAt = call.Now,
        };
        call.Db.Folders.Add(folder);
        await call.Db.SaveChangesAsync(call.Cancellation);
        return new ResourcePayload([]) { Folder = folder };
    }

    private static async Task<ResourcePayload> RenameFolderAsync(Call call)
    {
        if (ResourceRules.CheckText(call.Input.String("name"), ResourceRules.FolderNameMaxLength, "name", required: true) is { } invalid)
        {
            return ResourcePayload.Fail(invalid);
        }

        if (await call.FindOwnFolderAsync("id") is not { } folder)
        {
            return FolderNotFound();
        }

        folder.Name = call.Input.String("name")!.Trim();
        await call.Db.SaveChangesAsync(call.Cancellation);
        return new ResourcePayload([]) { Folder = folder };
    }

    private static async Task<ResourcePayload> DeleteFolderAsync(Call call)
    {
        if (await call.FindOwnFolderAsync("id") is not { } folder)
        {
            return FolderNotFound();
        }

        var id = folder.Id;
        if (await call.Db.Folders.AnyAsync(f => f.ParentId == id, call.Cancellation)
            || await call.Db.Resources.AnyAsync(r => r.FolderId == id && r.TrashedAt == null, call.Cancellation))
        {
            return ResourcePayload.Fail(ResourceErrorCodes.FolderNotEmpty, "The folder still holds folders or resources: move or delete them first.", "input", "id");
        }

        await using var transaction = await call.Db.Database.BeginTransactionAsync(call.Cancellation);
        // Trashed resources of the folder go back to the root if restored.
        await call.Db.Resources.Where(r => r.FolderId == id).ExecuteUpdateAsync(set => set.SetProperty(r => r.FolderId, (Guid?)null), call.Cancellation);
        call.Db.Folders.Remove(folder);
        await call.Db.SaveChangesAsync(call.Cancellation);
        await transaction.CommitAsync(call.Cancellation);
        return new ResourcePayload([]) { DeletedFolderId = GlobalId.Encode("Folder", id) };
    }

    private static async Task<ResourcePayload> UploadAsync(Call call)
    {
        if (call.Input.Value<Upload>("file") is not { } file)
        {
            return ResourcePayload.Fail(ResourceErrorCodes.Required, "Send the file as a part of a multipart request.", "input", "file");
        }

        var created = await NewResourceAsync(call, ResourceKind.File, url: null);
        if (created.Error is not null)
        {
            return ResourcePayload.Fail(created.Error);
        }

        var resource = created.Resource!;
        var upload = await call.Services.GetRequiredService<ResourceUploads>().AddVersionAsync(call.Db, resource, file, call.Me, comment: null, call.Cancellation);
        return upload.Error is not null ? ResourcePayload.Fail(upload.Error) : new ResourcePayload([]) { Resource = resource };
    }

    private static async Task<ResourcePayload> CreateLinkAsync(Call call)
    {
        if (!ResourceRules.TryParseLink(call.Input.String("url"), out var url))
        {
            return ResourcePayload.Fail(ResourceErrorCodes.InvalidUrl, "The link must be an absolute http:// or https:// address.", "input", "url");
        }

        var created = await NewResourceAsync(call, ResourceKind.Link, url!.AbsoluteUri);
        if (created.Error is not null)
        {
            return ResourcePayload.Fail(created.Error);
        }

        await call.Db.SaveChangesAsync(call.Cancellation);
        return new ResourcePayload([]) { Resource = created.Resource };
    }

    // Checks the fields common to files and links and adds the resource to the context, unsaved.
    private static async Task<(Resource? Resource, UserError? Error)> NewResourceAsync(Call call, ResourceKind kind, string? url)
    {
        var tags = ResourceRules.NormalizeTags(call.Input.Strings("tags"));
        if ((ResourceRules.CheckText(call.Input.String("title"), ResourceRules.TitleMaxLength, "title", required: true)
            ?? ResourceRules.CheckText(call.Input.String("description"), ResourceRules.DescriptionMaxLength, "description", required: false)
            ?? ResourceRules.CheckText(call.Input.String("level"), ResourceRules.LevelMaxLength, "level", required: false)
            ?? ResourceRules.CheckTags(tags)) is { } invalid)
        {
            return (null, invalid);
        }

        if (!call.Input.TryId("schoolId", CoreTypeNames.School, out var schoolId, out var badId)
            || !call.Input.TryId("folderId", "Folder", out var folderId, out badId)
            || !call.Input.TryId("subjectId", CoreTypeNames.Subject, out var subjectId, out badId))
        {
            return (null, badId);
        }

        var schools = call.Access.Policy.MemberSchools();
        if (schoolId is { } chosen ? !schools.Contains(chosen) : schools.Count != 1)
        {
            return (null, schoolId is null && schools.Count > 1
                ? new UserError(ResourceErrorCodes.SchoolRequired, "You belong to several schools: choose the one to publish in.", ["input", "schoolId"])
                : new UserError(ResourceErrorCodes.NotAllowed, "You can only publish in a school you belong to.", ["input", "schoolId"]));
        }

        var school = schoolId ?? schools[0];
        if (subjectId is { } subject && !await call.Db.Set<Subject>().AnyAsync(s => s.Id == subject && s.SchoolId == school, call.Cancellation))
        {
            return (null, new UserError(ResourceErrorCodes.NotFound, "The subject was not found in the resource's school.", ["input", "subjectId"]));
        }

        if (folderId is { } folder && !await call.OwnFolders().AnyAsync(f => f.Id == folder, call.Cancellation))
        {
            return (null, new UserError(ResourceErrorCodes.NotFound, "The folder was not found among yours.", ["input", "folderId"]));
        }

        var title = call.Input.String("title")!.Trim();
        var description = Trimmed(call.Input.String("description"));
        var resource = new Resource
        {
            Id = Guid.CreateVersion7(call.Now), TenantId = call.Tenant, SchoolId = school, OwnerId = call.Me, FolderId = folderId,
            Kind = kind, Title = title, Description = description, SubjectId = subjectId, Level = Trimmed(call.Input.String("level")), Url = url,
            SearchText = ResourceRules.SearchTextOf(title, description, tags), CreatedAt = call.Now, UpdatedAt = call.Now,
            Tags = [.. tags.Select(tag => new ResourceTag { Tag = tag })],
        };
        call.Db.Resources.Add(resource);
        call.Db.Followers.Add(new ResourceFollower { ResourceId = resource.Id, PersonId = call.Me, TenantId = call.Tenant, FollowedAt = call.Now });
        return (resource, null);
    }

    private static async Task<ResourcePayload> UpdateAsync(Call call)
    {
        var (resource, denied) = await call.FindWithRightAsync("id", ResourceRight.Contribute);
        if (resource is null)
        {
            return ResourcePayload.Fail(denied!);
        }

        var input = call.Input;
        var tags = input.Has("tags") ? ResourceRules.NormalizeTags(input.Strings("tags")) : null;
        if (((input.Has("title") ? ResourceRules.CheckText(input.String("title"), ResourceRules.TitleMaxLength, "title", required: true) : null)
            ?? ResourceRules.CheckText(input.String("description"), ResourceRules.DescriptionMaxLength, "description", required: false)
            ?? ResourceRules.CheckText(input.String("level"), ResourceRules.LevelMaxLength, "level", required: false)
            ?? (tags is null ? null : ResourceRules.CheckTags(tags))) is { } invalid)
        {
            return ResourcePayload.Fail(invalid);
        }

        if (input.Has("url"))
        {
            if (resource.Kind != ResourceKind.Link || !ResourceRules.TryParseLink(input.String("url"), out var url))
            {
                return ResourcePayload.Fail(ResourceErrorCodes.InvalidUrl, "Only a link has an address, and it must be an absolute http:// or https:// address.", "input", "url");
            }

            resource.Url = url!.AbsoluteUri;
        }

        if (!input.TryId("subjectId", CoreTypeNames.Subject, out var subjectId, out var badId))
        {
            return ResourcePayload.Fail(badId!);
        }

        if (input.Has("subjectId"))
        {
            var school = resource.SchoolId;
            if (subjectId is { } subject && !await call.Db.Set<Subject>().AnyAsync(s => s.Id == subject && s.SchoolId == school, call.Cancellation))
            {
                return ResourcePayload.Fail(ResourceErrorCodes.NotFound, "The subject was not found in the resource's school.", "input", "subjectId");
            }

            resource.SubjectId = subjectId;
        }

        if (input.Has("title"))
        {
            resource.Title = input.String("title")!.Trim();
        }

        if (input.Has("description"))
        {
            resource.Description = Trimmed(input.String("description"));
        }

        if (input.Has("level"))
        {
            resource.Level = Trimmed(input.String("level"));
        }

        var id = resource.Id;
        if (tags is not null)
        {
            call.Db.Tags.RemoveRange(await call.Db.Tags.Where(t => t.ResourceId == id).ToListAsync(call.Cancellation));
            call.Db.Tags.AddRange(tags.Select(tag => new ResourceTag { ResourceId = id, Tag = tag }));
        }

        var currentTags = tags ?? await call.Db.Tags.Where(t => t.ResourceId == id).Select(t => t.Tag).ToListAsync(call.Cancellation);
        resource.SearchText = ResourceRules.SearchTextOf(resource.Title, resource.Description, currentTags);
        resource.UpdatedAt = call.Now;
        await call.Db.SaveChangesAsync(call.Cancellation);
        return new ResourcePayload([]) { Resource = resource };
    }

    private static async Task<ResourcePayload> MoveAsync(Call call)
    {
        var (resource, denied) = await call.FindWithRightAsync("id", ResourceRight.Read);
        if (resource is null)
        {
            return ResourcePayload.Fail(denied!);
        }

        if (resource.OwnerId != call.Me)
        {
            return ResourcePayload.Fail(ResourceErrorCodes.NotAllowed, "Only the owner organises a resource in folders.", "input", "id");
        }

        if (!call.Input.TryId("folderId", "Folder", out var folderId, out var badId))
        {
            return ResourcePayload.Fail(badId!);
        }

        if (folderId is { } folder && !await call.OwnFolders().AnyAsync(f => f.Id == folder, call.Cancellation))
        {
            return ResourcePayload.Fail(ResourceErrorCodes.NotFound, "The folder was not found among yours.", "input", "folderId");
        }

        resource.FolderId = folderId;
        await call.Db.SaveChangesAsync(call.Cancellation);
        return new ResourcePayload([]) { Resource = resource };
    }

    private static async Task<ResourcePayload> UploadVersionAsync(Call call)
    {
        var (resource, denied) = await call.FindWithRightAsync("resourceId", ResourceRight.Contribute);
        if (resource is null)
        {
            return ResourcePayload.Fail(denied!);
        }

        if (resource.Kind != ResourceKind.File)
        {
            return ResourcePayload.Fail(ResourceErrorCodes.NotAFile, "A link has no file versions.", "input", "resourceId");
        }

        if (ResourceRules.CheckText(call.Input.String("comment"), ResourceRules.CommentMaxLength, "comment", required: false) is { } invalid)
        {
            return ResourcePayload.Fail(invalid);
        }

        if (call.Input.Value<Upload>("file") is not { } file)
        {
            return ResourcePayload.Fail(ResourceErrorCodes.Required, "Send the file as a part of a multipart request.", "input", "file");
        }

        var upload = await call.Services.GetRequiredService<ResourceUploads>().AddVersionAsync(call.Db, resource, file, call.Me, call.Input.String("comment"), call.Cancellation);
        if (upload.Error is not null)
        {
            return ResourcePayload.Fail(upload.Error);
        }

        var version = upload.Version!;
        var id = resource.Id;
        var me = call.Me;
        var followers = await call.Db.Followers.Where(f => f.ResourceId == id && f.PersonId != me).Select(f => f.PersonId).ToListAsync(call.Cancellation);
        await call.Services.GetRequiredService<IDomainEventPublisher>().PublishAsync(
            new ResourceVersionAdded(call.Tenant, version.UploadedAt, id, version.Id, version.Number, resource.Title, me, followers), call.Cancellation);
        return new ResourcePayload([]) { Resource = resource, Version = version };
    }

    private static async Task<ResourcePayload> ShareAsync(Call call)
    {
        var (resource, denied) = await call.FindWithRightAsync("resourceId", ResourceRight.Manage);
        if (resource is null)
        {
            return ResourcePayload.Fail(denied!);
        }

        var target = await ResolveTargetAsync(call, resource);
        if (target.Error is not null)
        {
            return ResourcePayload.Fail(target.Error);
        }

        var right = call.Input.Value<ResourceRight>("right");
        var (kind, targetId) = (target.Kind, target.Id);
        var id = resource.Id;
        var share = await call.Db.Shares.FirstOrDefaultAsync(s => s.ResourceId == id && s.TargetKind == kind && s.TargetId == targetId, call.Cancellation);
        if (share is null)
        {
            share = new ResourceShare { Id = Guid.CreateVersion7(call.Now), TenantId = call.Tenant, ResourceId = id, TargetKind = kind, TargetId = targetId };
            call.Db.Shares.Add(share);
        }

        var changed = share.Right != right;
        share.Right = right;
        share.SharedById = call.Me;
        share.SharedAt = call.Now;
        await call.Db.SaveChangesAsync(call.Cancellation);

        if (changed)
        {
            var recipients = kind switch
            {
                ShareTargetKind.Class => await call.Db.Set<ClassEnrollment>().Where(e => e.ClassId == targetId).Select(e => e.StudentId).ToListAsync(call.Cancellation),
                ShareTargetKind.Group => await call.Db.Set<GroupMembership>().Where(m => m.GroupId == targetId).Select(m => m.StudentId).ToListAsync(call.Cancellation),
                _ => [targetId],
            };
            await call.Services.GetRequiredService<IDomainEventPublisher>().PublishAsync(
                new ResourceShared(call.Tenant, call.Now, id, resource.Title, call.Me, kind.ToString(), targetId, right.ToString(), recipients), call.Cancellation);
        }

        return new ResourcePayload([]) { Resource = resource, Share = share };
    }

    private static async Task<ResourcePayload> UnshareAsync(Call call)
    {
        var (resource, denied) = await call.FindWithRightAsync("resourceId", ResourceRight.Manage);
        if (resource is null)
        {
            return ResourcePayload.Fail(denied!);
        }

        if (!TryTarget(call.Input.String("targetId"), out var kind, out var targetId))
        {
            return ResourcePayload.Fail(ResourceErrorCodes.InvalidId, "`targetId` is not the ID of a Class, TeachingGroup or Person.", "input", "targetId");
        }

        var id = resource.Id;
        await call.Db.Shares.Where(s => s.ResourceId == id && s.TargetKind == kind && s.TargetId == targetId).ExecuteDeleteAsync(call.Cancellation);
        return new ResourcePayload([]) { Resource = resource };
    }

    private static async Task<ResourcePayload> TrashAsync(Call call)
    {
        var (resource, denied) = await call.FindWithRightAsync("id", ResourceRight.Manage);
        if (resource is null)
        {
            return ResourcePayload.Fail(denied!);
        }

        resource.TrashedAt = call.Now;
        await call.Db.SaveChangesAsync(call.Cancellation);
        return new ResourcePayload([]) { Resource = resource };
    }

    private static async Task<ResourcePayload> RestoreAsync(Call call)
    {
        if (!call.Input.TryId("id", "Resource", out var id, out var badId))
        {
            return ResourcePayload.Fail(badId!);
        }

        var resource = await call.Db.Resources.FirstOrDefaultAsync(r => r.Id == id && r.OwnerId == call.Me && r.TenantId == call.Tenant, call.Cancellation);
        if (resource is null)
        {
            return ResourcePayload.Fail(ResourceErrorCodes.NotFound, "The resource was not found among yours.", "input", "id");
        }

        if (resource.TrashedAt is null)
        {
            return ResourcePayload.Fail(ResourceErrorCodes.NotInTrash, "The resource is not in the trash.", "input", "id");
        }

        resource.TrashedAt = null;
        await call.Db.SaveChangesAsync(call.Cancellation);
        return new ResourcePayload([]) { Resource = resource };
    }

    private static async Task<ResourcePayload> FollowAsync(Call call)
    {
        var (resource, denied) = await call.FindWithRightAsync("id", ResourceRight.Read);
        if (resource is null)
        {
            return ResourcePayload.Fail(denied!);
        }

        var id = resource.Id;
        var me = call.Me;
        var follower = await call.Db.Followers.FirstOrDefaultAsync(f => f.ResourceId == id && f.PersonId == me, call.Cancellation);
        if (call.Input.Value<bool>("follow") && follower is null)
        {
            call.Db.Followers.Add(new ResourceFollower { ResourceId = id, PersonId = me, TenantId = call.Tenant, FollowedAt = call.Now });
        }
        else if (!call.Input.Value<bool>("follow") && follower is not null)
        {
            call.Db.Followers.Remove(follower);
        }

        await call.Db.SaveChangesAsync(call.Cancellation);
        return new ResourcePayload([]) { Resource = resource };
    }

    // A share goes to a member of the resource's school (a class, group or person there) that the sharer may see.
    private static async Task<(ShareTargetKind Kind, Guid Id, UserError? Error)> ResolveTargetAsync(Call call, Resource resource)
    {
        if (!TryTarget(call.Input.String("targetId"), out var kind, out var targetId))
        {
            return (kind, targetId, new UserError(ResourceErrorCodes.InvalidId, "`targetId` is not the ID of a Class, TeachingGroup or Person.", ["input", "targetId"]));
        }

        var school = resource.SchoolId;
        var tenant = call.Tenant;
        var db = call.Db;
        var policy = call.Access.Policy;
        var (inSchool, visible) = kind switch
        {
            ShareTargetKind.Class => (
                await db.Set<SchoolClass>().AnyAsync(c => c.Id == targetId && c.SchoolId == school && c.TenantId == tenant, call.Cancellation),
                await policy.VisibleClasses(db).ContainsAsync(targetId, call.Cancellation)),
            ShareTargetKind.Group => (
                await db.Set<TeachingGroup>().AnyAsync(g => g.Id == targetId && g.SchoolId == school && g.TenantId == tenant, call.Cancellation),
                await policy.VisibleGroups(db).ContainsAsync(targetId, call.Cancellation)),
            _ => (
                await db.Set<Profile>().AnyAsync(p => p.PersonId == targetId && p.SchoolId == school && p.TenantId == tenant && p.IsActive, call.Cancellation),
                await policy.VisiblePeople(db).ContainsAsync(targetId, call.Cancellation)),
        };
        if (!inSchool)
        {
            return (kind, targetId, new UserError(ResourceErrorCodes.ShareOutsideSchool, "A resource is shared only with classes, groups and people of its own school.", ["input", "targetId"]));
        }

        if (!visible)
        {
            return (kind, targetId, new UserError(ResourceErrorCodes.NotFound, "The class, group or person was not found among those you may share with.", ["input", "targetId"]));
        }

        return kind == ShareTargetKind.Person && targetId == resource.OwnerId
            ? (kind, targetId, new UserError(ResourceErrorCodes.CannotShareWithOwner, "The owner already manages the resource.", ["input", "targetId"]))
            : (kind, targetId, null);
    }

    private static bool TryTarget(string? id, out ShareTargetKind kind, out Guid targetId)
    {
        kind = default;
        if (!GlobalId.TryDecode(id, out var typeName, out targetId))
        {
            return false;
        }

        switch (typeName)
        {
            case CoreTypeNames.Class:
                kind = ShareTargetKind.Class;
                return true;
            case CoreTypeNames.TeachingGroup:
                kind = ShareTargetKind.Group;
                return true;
            case CoreTypeNames.Person:
                kind = ShareTargetKind.Person;
                return true;
            default:
                return false;
        }
    }

    private static ResourcePayload FolderNotFound() =>
        ResourcePayload.Fail(ResourceErrorCodes.NotFound, "The folder was not found among yours.", "input", "id");

    private static string? Trimmed(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    /// <summary>One mutation's context: its store, input, viewer and clock.</summary>
    private sealed class Call(IResolveFieldContext context, ResourcesDbContext db, MutationInput input, ResourceAccess access)
    {
        public ResourcesDbContext Db => db;

        public MutationInput Input => input;

        public ResourceAccess Access => access;

        public IServiceProvider Services => context.RequestServices!;

        public CancellationToken Cancellation => context.CancellationToken;

        public Guid Me => access.Me;

        public string Tenant => access.Viewer.TenantId;

        public DateTimeOffset Now { get; } = context.RequestServices!.GetRequiredService<TimeProvider>().GetUtcNow();

        public IQueryable<ResourceFolder> OwnFolders()
        {
            var me = Me;
            var tenant = Tenant;
            return db.Folders.Where(f => f.OwnerId == me && f.TenantId == tenant);
        }

        public async Task<ResourceFolder?> FindOwnFolderAsync(string field) =>
            input.TryId(field, "Folder", out var id, out _) && id is { } key
                ? await OwnFolders().FirstOrDefaultAsync(f => f.Id == key, Cancellation)
                : null;

        /// <summary>
        /// Loads a resource, tracked, when the viewer holds at least <paramref name="needed"/> on it. A resource
        /// they may not read is not found, so that a guessed ID reveals nothing.
        /// </summary>
        public async Task<(Resource? Resource, UserError? Error)> FindWithRightAsync(string field, ResourceRight needed)
        {
            if (!input.TryId(field, "Resource", out var id, out var badId) || id is not { } key)
            {
                return (null, badId ?? new UserError(ResourceErrorCodes.InvalidId, $"`{field}` is required.", ["input", field]));
            }

            var right = await access.RightAsync(db, key, Cancellation);
            if (right is null)
            {
                return (null, new UserError(ResourceErrorCodes.NotFound, "The resource was not found.", ["input", field]));
            }

            if (right < needed)
            {
                return (null, new UserError(ResourceErrorCodes.NotAllowed, $"This needs the {needed.ToString().ToUpperInvariant()} right on the resource.", ["input", field]));
            }

            return (await db.Resources.FirstAsync(r => r.Id == key, Cancellation), null);
        }
    }
}
