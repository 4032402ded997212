using Ent.Directory;
using Ent.GraphQL;
using Ent.Plugins.Grades.GraphQL.Averages;
using Ent.Plugins.Grades.GraphQL.Evaluations;
using Ent.Plugins.Grades.GraphQL.Marks;
using Ent.Plugins.Grades.GraphQL.ReportCards;

namespace Ent.Plugins.Grades.GraphQL;

/// <summary>The grades part of a tenant's schema: its node types, root fields, and fields on the core types.</summary>
internal static class GradesSchema
{
    public static void Contribute(ISchemaContribution schema)
    {
        // Reachable through fields, but also fetched with node(id:), which only knows the Node interface.
        schema.AddType<EvaluationType>();
        schema.AddType<MarkType>();

        schema.ExtendQuery(EvaluationQueries.AddRootFields);
        schema.ExtendType<Person>(CoreTypeNames.Person, person =>
        {
            MarkQueries.AddPersonFields(person);
            AverageQueries.AddPersonFields(person);
            ReportCardQueries.AddPersonFields(person);
            EvaluationQueries.AddPersonFields(person);
        });
        schema.ExtendType<SchoolClass>(CoreTypeNames.Class, schoolClass =>
        {
            EvaluationQueries.AddClassFields(schoolClass);
            AverageQueries.AddClassFields(schoolClass);
        });
        schema.ExtendType<TeachingGroup>(CoreTypeNames.TeachingGroup, EvaluationQueries.AddGroupFields);

        schema.ExtendMutation(mutation =>
        {
            EvaluationMutations.AddFields(mutation);
            MarkMutations.AddFields(mutation);
            ReportCardMutations.AddFields(mutation);
            SubjectCoefficientMutations.AddFields(mutation);
        });
    }
}
