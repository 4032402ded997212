using Ent.Access;
using Ent.Directory;
using Ent.GraphQL;
using Ent.GraphQL.Connections;
using Ent.GraphQL.Loading;
using Ent.Plugins.Forum.Data;
using Ent.Plugins.Forum.Domain;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Ent.Plugins.Forum.GraphQL;

/// <summary>The forum's fields on the host's types: a class's, group's and school's categories, a person's follows and unread counts.</summary>
internal static class CoreTypeFields
{
    public static void Contribute(ISchemaContribution schema)
    {
        schema.ExtendType<SchoolClass>(CoreTypeNames.Class, type =>
            type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ForumCategoryType>>>>("forumCategories")
                .Description("The class's forum categories the viewer reads, by name.")
                .RequireScope(ForumScopes.Read)
                .Resolve(context => ForumLoaders.CategoriesOf(context, CategoryScope.Class, context.Source.Id)));

        schema.ExtendType<TeachingGroup>(CoreTypeNames.TeachingGroup, type =>
            type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ForumCategoryType>>>>("forumCategories")
                .Description("The group's forum categories the viewer reads, by name.")
                .RequireScope(ForumScopes.Read)
                .Resolve(context => ForumLoaders.CategoriesOf(context, CategoryScope.Group, context.Source.Id)));

        schema.ExtendType<School>(CoreTypeNames.School, type =>
        {
            type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ForumCategoryType>>>>("forumCategories")
                .Description("The school's forum categories the viewer reads (school-wide, classes' and groups'), by name.")
                .RequireScope(ForumScopes.Read)
                .ResolveAsync(async context =>
                {
                    await using var db = await context.CreateStoreAsync<ForumDbContext>(context.CancellationToken);
                    return await ForumLoaders.VisibilityOf(context, db).Categories()
                        .Where(c => c.SchoolId == context.Source.Id)
                        .OrderBy(c => c.Name).ThenBy(c => c.Id)
                        .ToListAsync(context.CancellationToken);
                });

            type.Field<NonNullGraphType<ForumSchoolSettingsType>>("forumSettings")
                .Description("The school's forum settings, for its members.")
                .RequireScope(ForumScopes.Read)
                .ResolveAsync(async context =>
                {
                    var school = context.Source;
                    if (!context.RequestServices!.GetRequiredService<IAccessPolicy>().MemberSchools().Contains(school.Id))
                    {
                        throw EntErrors.Forbidden("Only the school's members read its forum settings.");
                    }

                    await using var db = await context.CreateStoreAsync<ForumDbContext>(context.CancellationToken);
                    return await db.SchoolSettings.FirstOrDefaultAsync(s => s.SchoolId == school.Id, context.CancellationToken)
                        ?? new SchoolForumSettings { TenantId = school.TenantId, SchoolId = school.Id };
                });
        });

        schema.ExtendType<Person>(CoreTypeNames.Person, type =>
        {
            type.Field<ForumUnreadType>("forumUnread")
                .Description("What the person has not read in the forum, per category: for the person themself, null for others.")
                .RequireScope(ForumScopes.Read)
                .ResolveAsync(async context =>
                {
                    if (context.Source.Id != ForumLoaders.ViewerId(context))
                    {
                        return null;
                    }

                    await using var db = await context.CreateStoreAsync<ForumDbContext>(context.CancellationToken);
                    // The readable categories first, then their unread messages by key. Counting per readable
                    // category in one statement estimates a count for every category of the tenant, enough for
                    // PostgreSQL to compile the query to machine code (JIT) on every request, and reading the
                    // unread messages of a rights query reads every message of the tenant.
                    var visibility = ForumLoaders.VisibilityOf(context, db);
                    var readable = await visibility.Access.CategoryIds(ForumRight.Read).ToListAsync(context.CancellationToken);
                    var counts = await visibility.UnreadMessagesIn(readable)
                        .GroupBy(m => m.CategoryId)
                        .Select(group => new { CategoryId = group.Key, Count = group.Count() })
                        .Join(db.Categories, row => row.CategoryId, c => c.Id, (row, c) => new { Category = c, row.Count })
                        .OrderBy(row => row.Category.Name).ThenBy(row => row.Category.Id)
                        .ToListAsync(context.CancellationToken);
                    return new ForumUnread(counts.Sum(row => row.Count), [.. counts.Select(row => new CategoryUnread(row.Category, row.Count))]);
                });

            type.Field<ConnectionType<ForumSubjectType, ForumSubject>>("followedForumSubjects")
                .Description("The subjects the person follows, latest activity first: for the person themself, null for others.")
                .RequireScope(ForumScopes.Read)
                .PagingArguments()
                .ResolveAsync(async context =>
                {
                    var me = ForumLoaders.ViewerId(context);
                    if (context.Source.Id != me)
                    {
                        return null;
                    }

                    await using var db = await context.CreateStoreAsync<ForumDbContext>(context.CancellationToken);
                    return await ForumLoaders.VisibilityOf(context, db).Subjects()
                        .Where(t => db.Follows.Any(f => f.PersonId == me && f.SubjectId == t.Id))
                        .OrderByDescending(t => t.LastActivityAt).ThenByDescending(t => t.Id)
                        .ToConnectionAsync(context);
                });
        });
    }
}
