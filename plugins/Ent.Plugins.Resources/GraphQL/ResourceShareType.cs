using Ent.Directory;
using Ent.GraphQL;
using Ent.Plugins.Resources.Domain;
using GraphQL.Types;

namespace Ent.Plugins.Resources.GraphQL;

internal sealed class ResourceShareType : ObjectGraphType<ResourceShare>
{
    public ResourceShareType()
    {
        Name = "Share";
        Description = "A right on a resource given to a class, a teaching group or a person; exactly one of `class`, `group` and `person` is set.";
        Field<NonNullGraphType<ResourceRightType>>("right").Description("What the share allows.").Resolve(context => context.Source.Right);
        Field("class", CoreTypes.Nullable(CoreTypeNames.Class)).Description("The class shared with.")
            .Resolve(context => context.Source.TargetKind == ShareTargetKind.Class ? ResourceLoaders.ById<SchoolClass>(context, context.Source.TargetId) : null);
        Field("group", CoreTypes.Nullable(CoreTypeNames.TeachingGroup)).Description("The teaching group shared with.")
            .Resolve(context => context.Source.TargetKind == ShareTargetKind.Group ? ResourceLoaders.ById<TeachingGroup>(context, context.Source.TargetId) : null);
        Field("person", CoreTypes.Nullable(CoreTypeNames.Person)).Description("The person shared with.")
            .Resolve(context => context.Source.TargetKind == ShareTargetKind.Person ? ResourceLoaders.ById<Person>(context, context.Source.TargetId) : null);
        Field("sharedBy", CoreTypes.Person).Description("Who shared it.")
            .Resolve(context => ResourceLoaders.ById<Person>(context, context.Source.SharedById));
        Field(s => s.SharedAt).Description("When the share was given or last changed.");
    }
}
