using System.Linq.Expressions;
using Ent.Access;
using Ent.Directory;
using Ent.GraphQL;
using Ent.GraphQL.Connections;
using Ent.GraphQL.Ordering;
using Ent.Plugins.Grades.Domain;
using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace Ent.Plugins.Grades.GraphQL.Evaluations;

/// <summary>The lists of evaluations: at the root, and on classes, groups and teachers.</summary>
internal static class EvaluationQueries
{
    private static readonly OrderBy<EvaluationOrderField> MostRecentFirst = new(EvaluationOrderField.Date, OrderDirection.Desc);

    private static readonly Dictionary<EvaluationOrderField, Expression<Func<Evaluation, object?>>> OrderFields = new()
    {
        [EvaluationOrderField.Date] = e => e.Date,
        [EvaluationOrderField.Title] = e => e.Title,
        [EvaluationOrderField.CreatedAt] = e => e.CreatedAt,
    };

    public static void AddRootFields(ObjectGraphType<object?> query) =>
        query.Field<NonNullGraphType<ConnectionType<EvaluationType, Evaluation>>>("evaluations")
            .Description("The evaluations the viewer may see: those they set or may write, and the published ones of the classes and groups they see.")
            .RequireScope(GradesScopes.Read)
            .Argument<IdGraphType>("class", "Only those of this class.")
            .Argument<IdGraphType>("group", "Only those of this teaching group.")
            .Argument<IdGraphType>("teacher", "Only those set by this teacher.")
            .ListArguments()
            .ResolveAsync(async context =>
            {
                var classId = OptionalId(context, "class", CoreTypeNames.Class);
                var groupId = OptionalId(context, "group", CoreTypeNames.TeachingGroup);
                var teacherId = OptionalId(context, "teacher", CoreTypeNames.Person);
                return await ListAsync(context, evaluations => evaluations.Where(e =>
                    (classId == null || e.ClassId == classId) && (groupId == null || e.GroupId == groupId) && (teacherId == null || e.TeacherId == teacherId)));
            });

    public static void AddClassFields(ObjectGraphType<SchoolClass> schoolClass) =>
        schoolClass.Field<NonNullGraphType<ConnectionType<EvaluationType, Evaluation>>>("evaluations")
            .Description("The class's evaluations the viewer may see (not those of teaching groups), most recent first.")
            .RequireScope(GradesScopes.Read)
            .ListArguments()
            .ResolveAsync(async context => await ListAsync(context, evaluations => evaluations.Where(e => e.ClassId == context.Source.Id)));

    public static void AddGroupFields(ObjectGraphType<TeachingGroup> group) =>
        group.Field<NonNullGraphType<ConnectionType<EvaluationType, Evaluation>>>("evaluations")
            .Description("The group's evaluations the viewer may see, most recent first.")
            .RequireScope(GradesScopes.Read)
            .ListArguments()
            .ResolveAsync(async context => await ListAsync(context, evaluations => evaluations.Where(e => e.GroupId == context.Source.Id)));

    public static void AddPersonFields(ObjectGraphType<Person> person) =>
        person.Field<NonNullGraphType<ConnectionType<EvaluationType, Evaluation>>>("evaluations")
            .Description("The evaluations a teacher set, among those the viewer may see, most recent first.")
            .RequireScope(GradesScopes.Read)
            .ListArguments()
            .ResolveAsync(async context => await ListAsync(context, evaluations => evaluations.Where(e => e.TeacherId == context.Source.Id)));

    /// <summary>Reads an optional global ID argument; a malformed ID or one of another type is a request error.</summary>
    public static Guid? OptionalId(IResolveFieldContext context, string argument, string typeName) =>
        context.GetArgument<string?>(argument) is { } id ? GlobalId.Decode(id, typeName) : null;

    private static FieldBuilder<TSource, object> ListArguments<TSource>(this FieldBuilder<TSource, object> field) =>
        field
            .Argument<IdGraphType>("period", "Only those of this period.")
            .Argument<IdGraphType>("subject", "Only those of this subject.")
            .Argument<OrderByInputType<EvaluationOrderField>>("orderBy", "The order; by default most recent first.")
            .PagingArguments();

    private static async Task<Connection<Evaluation>> ListAsync(IResolveFieldContext context, Func<IQueryable<Evaluation>, IQueryable<Evaluation>> scope)
    {
        var periodId = OptionalId(context, "period", CoreTypeNames.Period);
        var subjectId = OptionalId(context, "subject", CoreTypeNames.Subject);
        var grades = context.Grades();
        await using var db = await grades.CreateStoreAsync(context.CancellationToken);
        return await scope(grades.VisibleEvaluations(db).AsNoTracking())
            .Where(e => (periodId == null || e.PeriodId == periodId) && (subjectId == null || e.SubjectId == subjectId))
            .OrderBy(context.GetArgument<OrderBy<EvaluationOrderField>?>("orderBy"), MostRecentFirst, OrderFields, e => e.Id)
            .ToConnectionAsync(context);
    }
}
