using Ent.Access;
using Ent.Directory;
using Ent.GraphQL;
using Ent.Plugins.Grades.GraphQL.Evaluations;
using GraphQL;
using GraphQL.Types;

namespace Ent.Plugins.Grades.GraphQL.ReportCards;

/// <summary>A student's report card, on <c>Person</c>.</summary>
internal static class ReportCardQueries
{
    public static void AddPersonFields(ObjectGraphType<Person> person) =>
        person.Field<ReportCardType>("reportCard")
            .Description("A student's report card for a period. Those who see the student's whole record read it: staff and form tutors at any time, the student and their relatives from the period's report card publication day (null before).")
            .RequireScope(GradesScopes.Read)
            .Argument<IdGraphType>("period", "The period; by default the current period of the student's class, which the report card names.")
            .Resolve(context => ReportCardLoaders.Load(context, context.Source.Id, EvaluationQueries.OptionalId(context, "period", CoreTypeNames.Period)));
}
