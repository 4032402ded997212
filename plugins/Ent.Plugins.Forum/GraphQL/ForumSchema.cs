using Ent.GraphQL;
using Ent.Plugins.Forum.Domain;

namespace Ent.Plugins.Forum.GraphQL;

/// <summary>The forum's part of a schema: its node types, root fields, mutations and fields on the core types.</summary>
internal static class ForumSchema
{
    public static void Contribute(ISchemaContribution schema)
    {
        schema.AddType<ForumCategoryType>();
        schema.AddType<ForumSubjectType>();
        schema.AddType<ForumMessageType>();
        ForumQueries.Contribute(schema);
        ForumMutations.Contribute(schema);
        CoreTypeFields.Contribute(schema);
    }
}
