using Ent.Directory;
using Ent.GraphQL.Loading;
using Ent.Host.Directory.Data;
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
            .Resolve(context => context.LoadById<DirectoryDbContext, School>(context.Source.SchoolId));
        Field(p => p.IsSchoolAdministrator).Description("Whether the person administers the school in the ENT.");
        Field(p => p.Position, nullable: true).Description("The position of staff, such as CPE or Principal.");
    }
}
