using Ent.Directory;
using GraphQL.Types;

namespace Ent.Host.Directory.GraphQL;

internal sealed class TeachingAssignmentType : ObjectGraphType<TeachingAssignment>
{
    public TeachingAssignmentType()
    {
        Name = "TeachingAssignment";
        Description = "A teacher teaching a subject to a class or a group.";
        Field<NonNullGraphType<PersonType>>("teacher").Description("The teacher.")
            .Resolve(context => DirectoryLoaders.ById<Person>(context, context.Source.TeacherId));
        Field<NonNullGraphType<SubjectType>>("subject").Description("The subject.")
            .Resolve(context => DirectoryLoaders.ById<Subject>(context, context.Source.SubjectId));
        Field<ClassType>("class").Description("The class taught, when not a group.")
            .Resolve(context => context.Source.ClassId is { } id ? DirectoryLoaders.ById<SchoolClass>(context, id) : null);
        Field<TeachingGroupType>("group").Description("The group taught, when not a class.")
            .Resolve(context => context.Source.GroupId is { } id ? DirectoryLoaders.ById<TeachingGroup>(context, id) : null);
    }
}
