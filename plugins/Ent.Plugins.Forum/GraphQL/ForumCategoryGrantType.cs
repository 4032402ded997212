using Ent.Directory;
using Ent.GraphQL;
using Ent.GraphQL.Loading;
using Ent.Plugins.Forum.Data;
using Ent.Plugins.Forum.Domain;
using GraphQL.Types;

namespace Ent.Plugins.Forum.GraphQL;

internal sealed class ForumCategoryGrantType : ObjectGraphType<CategoryGrant>
{
    public const string TypeName = "ForumCategoryGrant";

    public ForumCategoryGrantType()
    {
        Name = TypeName;
        Description = "A right a manager gave on a category to a person, or to the pupils and teachers of a class or group.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The grant's ID, to revoke it.")
            .Resolve(context => GlobalId.Encode(TypeName, context.Source.Id));
        Field<NonNullGraphType<ForumRightType>>("right").Description("The right given.").Resolve(c => c.Source.Right);
        Field<NonNullGraphType<ForumGranteeKindType>>("granteeKind").Description("Who the right is for.").Resolve(c => c.Source.GranteeKind);
        Field("person", CoreTypes.Nullable(CoreTypeNames.Person)).Description("The person, for a PERSON grant.")
            .Resolve(context => context.Source.GranteeKind == GranteeKind.Person ? context.LoadById<ForumDbContext, Person>(context.Source.GranteeId) : null);
        Field("class", CoreTypes.Nullable(CoreTypeNames.Class)).Description("The class, for a CLASS grant.")
            .Resolve(context => context.Source.GranteeKind == GranteeKind.Class ? context.LoadById<ForumDbContext, SchoolClass>(context.Source.GranteeId) : null);
        Field("group", CoreTypes.Nullable(CoreTypeNames.TeachingGroup)).Description("The teaching group, for a GROUP grant.")
            .Resolve(context => context.Source.GranteeKind == GranteeKind.Group ? context.LoadById<ForumDbContext, TeachingGroup>(context.Source.GranteeId) : null);
        Field(g => g.GrantedAt).Description("When the right was given.");
    }
}
