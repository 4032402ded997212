using Ent.Access;
using Ent.GraphQL;
using Ent.GraphQL.Connections;
using Ent.GraphQL.Loading;
using Ent.GraphQL.Ordering;
using Ent.Plugins.Forum.Data;
using Ent.Plugins.Forum.Domain;
using GraphQL;
using GraphQL.Types;

namespace Ent.Plugins.Forum.GraphQL;

/// <summary>The forum's root query fields.</summary>
internal static class ForumQueries
{
    /// <summary>The longest search query, in characters.</summary>
    public const int MaxSearchLength = 200;

    private static readonly Dictionary<ForumCategoryOrderField, System.Linq.Expressions.Expression<Func<ForumCategory, object?>>> CategoryOrder = new()
    {
        [ForumCategoryOrderField.Name] = c => c.Name,
        [ForumCategoryOrderField.CreatedAt] = c => c.CreatedAt,
    };

    public static void Contribute(ISchemaContribution schema) => schema.ExtendQuery(query =>
    {
        query.Field<NonNullGraphType<ConnectionType<ForumCategoryType, ForumCategory>>>("forumCategories")
            .Description("The forum categories the viewer reads, by name unless ordered otherwise.")
            .RequireScope(ForumScopes.Read)
            .Argument<ForumCategoryFilterType>("where", "Narrows the list.")
            .Argument<OrderByInputType<ForumCategoryOrderField>>("orderBy", "The order; by name by default.")
            .PagingArguments()
            .ResolveAsync(async context =>
            {
                await using var db = await context.CreateStoreAsync<ForumDbContext>(context.CancellationToken);
                var categories = ForumLoaders.VisibilityOf(context, db).Categories();
                var filter = context.GetArgument<ForumCategoryFilter?>("where");
                if (filter?.SchoolId is { } schoolId)
                {
                    var key = ForumIds.KeyOf(schoolId, CoreTypeNames.School);
                    categories = categories.Where(c => c.SchoolId == key);
                }

                if (filter?.Scope is { } scope)
                {
                    categories = categories.Where(c => c.Scope == scope);
                }

                return await categories
                    .OrderBy(context.GetArgument<OrderBy<ForumCategoryOrderField>?>("orderBy"), new(ForumCategoryOrderField.Name), CategoryOrder, c => c.Id)
                    .ToConnectionAsync(context);
            });

        query.Field<NonNullGraphType<ConnectionType<ForumSearchResultType, ForumSearchResult>>>("forumSearch")
            .Description("Searches the text of the messages the viewer reads (published, neither hidden nor deleted), most relevant first. How words match depends on the database engine: see docs/plugins/forum.md.")
            .RequireScope(ForumScopes.Read)
            .Argument<NonNullGraphType<StringGraphType>>("text", $"The words to look for, at most {MaxSearchLength} characters.")
            .Argument<ForumSearchFilterType>("where", "Where to search.")
            .PagingArguments()
            .ResolveAsync(async context =>
            {
                var text = context.GetArgument<string>("text");
                if (text.Length > MaxSearchLength)
                {
                    throw EntErrors.BadUserInput($"A search holds at most {MaxSearchLength} characters.");
                }

                await using var db = await context.CreateStoreAsync<ForumDbContext>(context.CancellationToken);
                var messages = ForumLoaders.VisibilityOf(context, db).Messages()
                    .Where(m => m.Status == MessageStatus.Published && !m.IsHidden && m.DeletedAt == null);
                var filter = context.GetArgument<ForumSearchFilter?>("where");
                if (filter?.CategoryId is { } categoryId)
                {
                    var key = ForumIds.KeyOf(categoryId, ForumCategoryType.TypeName);
                    messages = messages.Where(m => m.CategoryId == key);
                }

                if (filter?.SubjectId is { } subjectId)
                {
                    var key = ForumIds.KeyOf(subjectId, ForumSubjectType.TypeName);
                    messages = messages.Where(m => m.SubjectId == key);
                }

                return await MessageSearch.Match(db, text)
                    .Join(messages, hit => hit.MessageId, message => message.Id, (hit, message) => new ForumSearchResult { Message = message, Score = hit.Score })
                    .OrderByDescending(result => result.Score).ThenByDescending(result => result.Message.CreatedAt).ThenBy(result => result.Message.Id)
                    .ToConnectionAsync(context);
            });
    });
}
