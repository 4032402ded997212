using Ent.Directory;
using Ent.GraphQL.Loading;
using Ent.Host.Directory.Data;
using GraphQL.Types;

namespace Ent.Host.Directory.GraphQL;

internal sealed class TeachingAssignmentType : ObjectGraphType<TeachingAssignment>
{
    public TeachingAssignmentType()
    {
        Name = "TeachingAssignment";
        Description = "A teacher teaching a subject to a class or a group.";
        Field<NonNullGraphType<PersonType>>("teacher").Description("The teacher.")
            .Resolve(context => context.LoadById<DirectoryDbContext, Person>(context.Source.TeacherId));
        Field<NonNullGraphType<SubjectType>>("subject").Description("The subject.")
            .Resolve(context => context.LoadById<DirectoryDbContext, Subject>(context.Source.SubjectId));
        Field<ClassType>("class").Description("The class taught, when not a group.")
            .Resolve(context => context.Source.ClassId is { } id ? context.LoadById<DirectoryDbContext, SchoolClass>(id) : null);
        Field<TeachingGroupType>("group").Description("The group taught, when not a class.")
            .Resolve(context => context.Source.GroupId is { } id ? context.LoadById<DirectoryDbContext, TeachingGroup>(id) : null);
    }
}
