using Ent.Directory;
using GraphQL.Types;

namespace Ent.Host.Directory.GraphQL;

internal sealed class ProfileType : ObjectGraphType<Profile>
{
    public ProfileType()
    {
        Name = "Profile";
        Description = "A role a person holds in a school.";
        Field<NonNullGraphType<EnumerationGraphType<ProfileKind>>>("kind").Description("The role.").Resolve(c => c.Source.Kind);
        Field<NonNullGraphType<SchoolType>>("school")
            .Description("The school.")
            .Resolve(context => DirectoryLoaders.ById<School>(context, context.Source.SchoolId));
        Field(p => p.IsSchoolAdministrator).Description("Whether the person administers the school in the ENT.");
        Field(p => p.Position, nullable: true).Description("The position of staff, such as CPE or Principal.");
    }
}
