using Ent.Access;
using Ent.Directory;
using Ent.GraphQL;
using Ent.Plugins.Forum.Data;
using Microsoft.EntityFrameworkCore;

namespace Ent.Plugins.Forum.Domain;

/// <summary>Creates and manages categories, their grants, and schools' forum settings.</summary>
internal sealed class CategoryCommands(IDbContextFactory<ForumDbContext> factory, IAccessPolicy policy, TimeProvider time)
{
    public async Task<CommandResult<ForumCategory>> CreateAsync(CreateCategory input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var targets = new[] { input.SchoolId, input.ClassId, input.GroupId }.Count(id => id is not null);
        if (targets != 1)
        {
            return CommandResult<ForumCategory>.Fail(ForumErrorCodes.InvalidTarget, "Attach the category to exactly one of a school, a class or a group.");
        }

        if (TextRules.CheckRequired(input.Name, CategoryRules.MaxNameLength, "name", "The name") is { } nameError)
        {
            return CommandResult<ForumCategory>.Fail(nameError);
        }

        if (TextRules.CheckOptional(input.Description, CategoryRules.MaxDescriptionLength, "description", "The description") is { } descriptionError)
        {
            return CommandResult<ForumCategory>.Fail(descriptionError);
        }

        await using var session = await ForumSession.OpenAsync(factory, policy, time, cancellationToken);
        var db = session.Db;
        var tenant = session.TenantId;
        var (scope, schoolId, field) = input switch
        {
            { ClassId: { } classId } => (CategoryScope.Class, await db.Set<SchoolClass>().Where(c => c.Id == classId && c.TenantId == tenant).Select(c => (Guid?)c.SchoolId).FirstOrDefaultAsync(cancellationToken), "classId"),
            { GroupId: { } groupId } => (CategoryScope.Group, await db.Set<TeachingGroup>().Where(g => g.Id == groupId && g.TenantId == tenant).Select(g => (Guid?)g.SchoolId).FirstOrDefaultAsync(cancellationToken), "groupId"),
            _ => (CategoryScope.School, await db.Set<School>().Where(s => s.Id == input.SchoolId && s.TenantId == tenant).Select(s => (Guid?)s.Id).FirstOrDefaultAsync(cancellationToken), "schoolId"),
        };
        if (schoolId is null || !session.Viewer.Profiles.Any(p => p.SchoolId == schoolId))
        {
            return CommandResult<ForumCategory>.Fail(ForumErrorCodes.TargetNotFound, "No such school, class or group among yours.", field);
        }

        if (!await session.Access.MayCreateCategoryAsync(scope, schoolId.Value, input.ClassId ?? input.GroupId, cancellationToken))
        {
            return CommandResult<ForumCategory>.Fail(ForumErrorCodes.CannotCreateCategory, "Only the school's staff, and teachers for the classes and groups they teach, create categories.", field);
        }

        var category = new ForumCategory
        {
            Id = Guid.CreateVersion7(session.Now),
            TenantId = tenant,
            SchoolId = schoolId.Value,
            Scope = scope,
            ClassId = input.ClassId,
            GroupId = input.GroupId,
            Name = input.Name.Trim(),
            Description = string.IsNullOrWhiteSpace(input.Description) ? null : input.Description.Trim(),
            RequiresApproval = input.RequiresApproval,
            CreatedById = session.Me,
            CreatedAt = session.Now,
        };
        db.Categories.Add(category);
        await db.SaveChangesAsync(cancellationToken);
        return CommandResult<ForumCategory>.Ok(category);
    }

    public async Task<CommandResult<ForumCategory>> UpdateAsync(UpdateCategory input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (input.Name is not null && TextRules.CheckRequired(input.Name, CategoryRules.MaxNameLength, "name", "The name") is { } nameError)
        {
            return CommandResult<ForumCategory>.Fail(nameError);
        }

        if (TextRules.CheckOptional(input.Description, CategoryRules.MaxDescriptionLength, "description", "The description") is { } descriptionError)
        {
            return CommandResult<ForumCategory>.Fail(descriptionError);
        }

        await using var session = await ForumSession.OpenAsync(factory, policy, time, cancellationToken);
        var (category, refusal) = await FindManagedAsync(session, input.CategoryId, cancellationToken);
        if (category is null)
        {
            return CommandResult<ForumCategory>.Fail(refusal!);
        }

        if (input.Name is not null)
        {
            category.Name = input.Name.Trim();
        }

        if (input.Description is not null)
        {
            category.Description = string.IsNullOrWhiteSpace(input.Description) ? null : input.Description.Trim();
        }

        if (input.RequiresApproval is { } requiresApproval)
        {
            category.RequiresApproval = requiresApproval;
        }

        await session.Db.SaveChangesAsync(cancellationToken);
        return CommandResult<ForumCategory>.Ok(category);
    }

    public async Task<CommandResult<CategoryGrant>> GrantAsync(GrantRight input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        await using var session = await ForumSession.OpenAsync(factory, policy, time, cancellationToken);
        var (category, refusal) = await FindManagedAsync(session, input.CategoryId, cancellationToken);
        if (category is null)
        {
            return CommandResult<CategoryGrant>.Fail(refusal!);
        }

        var db = session.Db;
        var tenant = session.TenantId;
        var exists = input.GranteeKind switch
        {
            GranteeKind.Person => await db.Set<Person>().AnyAsync(p => p.Id == input.GranteeId && p.TenantId == tenant && p.IsActive, cancellationToken),
            GranteeKind.Class => await db.Set<SchoolClass>().AnyAsync(c => c.Id == input.GranteeId && c.TenantId == tenant, cancellationToken),
            _ => await db.Set<TeachingGroup>().AnyAsync(g => g.Id == input.GranteeId && g.TenantId == tenant, cancellationToken),
        };
        if (!exists)
        {
            return CommandResult<CategoryGrant>.Fail(ForumErrorCodes.TargetNotFound, "No such person, class or group.", "grantee");
        }

        var grant = await db.Grants.FirstOrDefaultAsync(g => g.CategoryId == category.Id && g.GranteeKind == input.GranteeKind && g.GranteeId == input.GranteeId, cancellationToken);
        if (grant is null)
        {
            grant = new CategoryGrant { Id = Guid.CreateVersion7(session.Now), TenantId = tenant, CategoryId = category.Id, GranteeKind = input.GranteeKind, GranteeId = input.GranteeId };
            db.Grants.Add(grant);
        }

        grant.Right = input.Right;
        grant.GrantedById = session.Me;
        grant.GrantedAt = session.Now;
        await db.SaveChangesAsync(cancellationToken);
        return CommandResult<CategoryGrant>.Ok(grant);
    }

    public async Task<CommandResult<ForumCategory>> RevokeAsync(Guid grantId, CancellationToken cancellationToken)
    {
        await using var session = await ForumSession.OpenAsync(factory, policy, time, cancellationToken);
        var grant = await session.Db.Grants.FirstOrDefaultAsync(g => g.Id == grantId && g.TenantId == session.TenantId, cancellationToken);
        var (category, refusal) = await FindManagedAsync(session, grant?.CategoryId ?? Guid.Empty, cancellationToken);
        if (grant is null || category is null)
        {
            return CommandResult<ForumCategory>.Fail(refusal ?? new(ForumErrorCodes.CategoryNotFound, "No such grant.", ["input", "grantId"]));
        }

        session.Db.Grants.Remove(grant);
        await session.Db.SaveChangesAsync(cancellationToken);
        return CommandResult<ForumCategory>.Ok(category);
    }

    public async Task<CommandResult<SchoolForumSettings>> UpdateSchoolSettingsAsync(Guid schoolId, bool relativesCanRead, CancellationToken cancellationToken)
    {
        await using var session = await ForumSession.OpenAsync(factory, policy, time, cancellationToken);
        if (!session.Access.Staffs(schoolId))
        {
            return CommandResult<SchoolForumSettings>.Fail(ForumErrorCodes.CannotChangeSettings, "Only the school's staff change its forum settings.", "schoolId");
        }

        var db = session.Db;
        var settings = await db.SchoolSettings.FirstOrDefaultAsync(s => s.SchoolId == schoolId, cancellationToken);
        if (settings is null)
        {
            settings = new SchoolForumSettings { TenantId = session.TenantId, SchoolId = schoolId };
            db.SchoolSettings.Add(settings);
        }

        settings.RelativesCanRead = relativesCanRead;
        settings.UpdatedAt = session.Now;
        settings.UpdatedById = session.Me;
        await db.SaveChangesAsync(cancellationToken);
        return CommandResult<SchoolForumSettings>.Ok(settings);
    }

    // A category the viewer cannot read is not found; one they read but do not manage is refused.
    private static async Task<(ForumCategory? Category, UserError? Refusal)> FindManagedAsync(ForumSession session, Guid categoryId, CancellationToken cancellationToken)
    {
        var right = await session.RightOnAsync(categoryId, cancellationToken);
        if (right is null)
        {
            return (null, new(ForumErrorCodes.CategoryNotFound, "No such category.", ["input", "categoryId"]));
        }

        if (right < ForumRight.Manage)
        {
            return (null, new(ForumErrorCodes.CannotManage, "You do not manage this category.", ["input", "categoryId"]));
        }

        return (await session.Db.Categories.FirstAsync(c => c.Id == categoryId, cancellationToken), null);
    }
}

/// <summary>A new category, attached to exactly one of a school, a class or a group.</summary>
internal sealed record CreateCategory(Guid? SchoolId, Guid? ClassId, Guid? GroupId, string Name, string? Description, bool RequiresApproval);

/// <summary>Changes to a category; a <see langword="null"/> field is left as it is.</summary>
internal sealed record UpdateCategory(Guid CategoryId, string? Name, string? Description, bool? RequiresApproval);

/// <summary>A right to give on a category; it replaces the grantee's earlier grant on it.</summary>
internal sealed record GrantRight(Guid CategoryId, GranteeKind GranteeKind, Guid GranteeId, ForumRight Right);
