using Ent.Access;
using Ent.Directory;
using Ent.GraphQL;
using Ent.GraphQL.Connections;
using Ent.GraphQL.Loading;
using Ent.GraphQL.Ordering;
using Ent.Plugins.Grades.Domain;
using Ent.Plugins.Grades.GraphQL.Evaluations;
using GraphQL;
using GraphQL.Types;

namespace Ent.Plugins.Grades.GraphQL.Marks;

/// <summary>A student's marks, on <c>Person</c>.</summary>
internal static class MarkQueries
{
    public static void AddPersonFields(ObjectGraphType<Person> person) =>
        person.Field<NonNullGraphType<ConnectionType<MarkType, Mark>>>("marks")
            .Description("A student's marks the viewer may see, most recent first: their own for a student, their children's for a relative, those of the subjects they teach for a teacher, all for form tutors and staff. Students and relatives see marks from their evaluation's publication.")
            .RequireScope(GradesScopes.Read)
            .Argument<IdGraphType>("period", "Only those of this period.")
            .Argument<IdGraphType>("subject", "Only those of this subject.")
            .Argument<OrderByInputType<MarkOrderField>>("orderBy", "The order; by default most recent first.")
            .PagingArguments()
            .Resolve(context =>
            {
                var periodId = EvaluationQueries.OptionalId(context, "period", CoreTypeNames.Period);
                var subjectId = EvaluationQueries.OptionalId(context, "subject", CoreTypeNames.Subject);
                var orderBy = context.GetArgument<OrderBy<MarkOrderField>?>("orderBy");
                var paging = ConnectionArguments.From(context);
                return MarkLoaders.ByStudent(context, context.Source.Id, periodId, subjectId)
                    .Then(rows => MarkLoaders.Order(rows ?? [], orderBy, MarkLoaders.MostRecentFirst).ToConnection(paging));
            });
}
