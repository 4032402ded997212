using System.Globalization;
using Ent.Access;
using Ent.Directory;
using Ent.Events;
using Ent.GraphQL;
using Ent.Plugins.Grades.Access;
using Ent.Plugins.Grades.Data;
using Ent.Plugins.Grades.Domain;
using Ent.Plugins.Grades.Events;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Ent.Plugins.Grades.GraphQL.Evaluations;

/// <summary>createEvaluation, updateEvaluation, deleteEvaluation and publishEvaluation.</summary>
internal static class EvaluationMutations
{
    public static void AddFields(ObjectGraphType<object?> mutation)
    {
        mutation.Field<NonNullGraphType<CreateEvaluationPayloadType>>("createEvaluation")
            .Description("Sets an evaluation for a class or teaching group you teach the subject to, in a period open for entry.")
            .RequireScope(GradesScopes.Write)
            .RequireProfile(ProfileKind.Teacher)
            .Argument<NonNullGraphType<CreateEvaluationInputType>>("input", "The evaluation.")
            .ResolveAsync(async context => await CreateAsync(context, context.GetArgument<CreateEvaluationInput>("input")));

        mutation.Field<NonNullGraphType<UpdateEvaluationPayloadType>>("updateEvaluation")
            .Description("Changes an evaluation you may write, in a period open for entry.")
            .RequireScope(GradesScopes.Write)
            .RequireProfile(ProfileKind.Teacher)
            .Argument<NonNullGraphType<UpdateEvaluationInputType>>("input", "The changes.")
            .ResolveAsync(async context => await UpdateAsync(context, context.GetArgument<UpdateEvaluationInput>("input")));

        mutation.Field<NonNullGraphType<DeleteEvaluationPayloadType>>("deleteEvaluation")
            .Description("Deletes an evaluation you may write, with its marks, in a period open for entry.")
            .RequireScope(GradesScopes.Write)
            .RequireProfile(ProfileKind.Teacher)
            .Argument<NonNullGraphType<DeleteEvaluationInputType>>("input", "The evaluation.")
            .ResolveAsync(async context => await DeleteAsync(context, context.GetArgument<EvaluationIdInput>("input")));

        mutation.Field<NonNullGraphType<PublishEvaluationPayloadType>>("publishEvaluation")
            .Description("Shows an evaluation and its marks to students and relatives, now or at a later time, and tells whoever listens (notifications).")
            .RequireScope(GradesScopes.Write)
            .RequireProfile(ProfileKind.Teacher)
            .Argument<NonNullGraphType<PublishEvaluationInputType>>("input", "The evaluation and when.")
            .ResolveAsync(async context => await PublishAsync(context, context.GetArgument<PublishEvaluationInput>("input")));
    }

    private static async Task<EvaluationPayload> CreateAsync(IResolveFieldContext context, CreateEvaluationInput input)
    {
        var grades = context.Grades();
        var cancellationToken = context.CancellationToken;
        var errors = new InputErrors();
        var classId = errors.Decode(input.ClassId, CoreTypeNames.Class, "classId");
        var groupId = errors.Decode(input.GroupId, CoreTypeNames.TeachingGroup, "groupId");
        var subjectId = errors.Decode(input.SubjectId, CoreTypeNames.Subject, "subjectId");
        var periodId = errors.Decode(input.PeriodId, CoreTypeNames.Period, "periodId");
        if ((input.ClassId is null) == (input.GroupId is null))
        {
            errors.Add(GradeErrorCodes.ClassOrGroupRequired, "Give either a class or a teaching group.", input.ClassId is null ? "classId" : "groupId");
        }

        errors.Add(EvaluationRules.CheckTitle(input.Title), "title");
        errors.Add(EvaluationRules.CheckLength(input.Description, EvaluationRules.DescriptionMaxLength), "description");
        errors.Add(EvaluationRules.CheckCoefficient(input.Coefficient), "coefficient");
        errors.Add(EvaluationRules.CheckMaxMark(input.MaxMark), "maxMark");
        if (errors.HasAny)
        {
            return Failed(errors);
        }

        await using var db = await grades.CreateStoreAsync(cancellationToken);
        var target = await FindTargetAsync(grades, db, classId, groupId, errors, cancellationToken);
        if (target is null)
        {
            return Failed(errors);
        }

        var tenant = grades.TenantId;
        if (!await db.Set<Subject>().AnyAsync(s => s.Id == subjectId && s.TenantId == tenant && s.SchoolId == target.SchoolId, cancellationToken))
        {
            errors.NotFound("Subject", "subjectId");
            return Failed(errors);
        }

        if (!await grades.Policy.TeachingAssignments(db).AnyAsync(
                a => a.SubjectId == subjectId && (classId != null ? a.ClassId == classId : a.GroupId == groupId),
                cancellationToken))
        {
            errors.NotAllowed("You do not teach this subject to this class or group.", classId is null ? "groupId" : "classId");
            return Failed(errors);
        }

        var period = await FindOpenPeriodAsync(grades, db, target, periodId, input.Date, errors, cancellationToken);
        if (period is null)
        {
            return Failed(errors);
        }

        var now = grades.Now;
        var evaluation = new Evaluation
        {
            Id = Guid.CreateVersion7(),
            TenantId = tenant,
            SchoolId = target.SchoolId,
            SubjectId = subjectId!.Value,
            ClassId = classId,
            GroupId = groupId,
            TeacherId = grades.PersonId,
            PeriodId = period.Id,
            Date = input.Date,
            Title = input.Title.Trim(),
            Description = string.IsNullOrWhiteSpace(input.Description) ? null : input.Description.Trim(),
            Kind = input.Kind,
            Coefficient = input.Coefficient,
            MaxMark = input.MaxMark,
            PublishAt = input.PublishAt is { } publishAt ? PublicationTime(publishAt, now) : null,
            CreatedAt = now,
            UpdatedAt = now,
        };
        db.Evaluations.Add(evaluation);
        await db.SaveChangesAsync(cancellationToken);
        return new EvaluationPayload(evaluation, []);
    }

    private static async Task<EvaluationPayload> UpdateAsync(IResolveFieldContext context, UpdateEvaluationInput input)
    {
        var grades = context.Grades();
        var cancellationToken = context.CancellationToken;
        var errors = new InputErrors();
        var evaluationId = errors.Decode(input.EvaluationId, "Evaluation", "evaluationId");
        var periodId = errors.Decode(input.PeriodId, CoreTypeNames.Period, "periodId");
        if (input.Title is not null)
        {
            errors.Add(EvaluationRules.CheckTitle(input.Title), "title");
        }

        errors.Add(EvaluationRules.CheckLength(input.Description, EvaluationRules.DescriptionMaxLength), "description");
        if (input.Coefficient is { } coefficient)
        {
            errors.Add(EvaluationRules.CheckCoefficient(coefficient), "coefficient");
        }

        if (input.MaxMark is { } maxMark)
        {
            errors.Add(EvaluationRules.CheckMaxMark(maxMark), "maxMark");
        }

        if (errors.HasAny)
        {
            return Failed(errors);
        }

        await using var db = await grades.CreateStoreAsync(cancellationToken);
        var evaluation = await FindWritableAsync(grades, db, evaluationId!.Value, errors, cancellationToken);
        if (evaluation is null || !await CheckOpenAsync(grades, db, evaluation, errors, cancellationToken))
        {
            return Failed(errors);
        }

        if ((input.Date is { } date && date != evaluation.Date) || (periodId is not null && periodId != evaluation.PeriodId))
        {
            var target = new EvaluationTarget(evaluation.SchoolId, evaluation.ClassId, evaluation.GroupId);
            var period = await FindOpenPeriodAsync(grades, db, target, periodId, input.Date ?? evaluation.Date, errors, cancellationToken);
            if (period is null)
            {
                return Failed(errors);
            }

            evaluation.PeriodId = period.Id;
            evaluation.Date = input.Date ?? evaluation.Date;
        }

        if (input.MaxMark is { } newMaxMark && newMaxMark < evaluation.MaxMark)
        {
            var values = await db.Marks.Where(m => m.EvaluationId == evaluation.Id && m.Value != null).Select(m => m.Value!.Value).ToListAsync(cancellationToken);
            if (values.Any(value => value > newMaxMark))
            {
                errors.Add(GradeErrorCodes.MaximumBelowExistingMarks, "Some marks already entered are above this maximum: correct them first.", "maxMark");
                return Failed(errors);
            }
        }

        evaluation.Title = input.Title?.Trim() ?? evaluation.Title;
        if (input.Description is not null)
        {
            evaluation.Description = string.IsNullOrWhiteSpace(input.Description) ? null : input.Description.Trim();
        }

        evaluation.Kind = input.Kind ?? evaluation.Kind;
        evaluation.Coefficient = input.Coefficient ?? evaluation.Coefficient;
        evaluation.MaxMark = input.MaxMark ?? evaluation.MaxMark;
        evaluation.UpdatedAt = grades.Now;
        await db.SaveChangesAsync(cancellationToken);
        return new EvaluationPayload(evaluation, []);
    }

    private static async Task<DeleteEvaluationPayload> DeleteAsync(IResolveFieldContext context, EvaluationIdInput input)
    {
        var grades = context.Grades();
        var cancellationToken = context.CancellationToken;
        var errors = new InputErrors();
        var evaluationId = errors.Decode(input.EvaluationId, "Evaluation", "evaluationId");
        if (errors.HasAny)
        {
            return new DeleteEvaluationPayload(null, errors.All);
        }

        await using var db = await grades.CreateStoreAsync(cancellationToken);
        var evaluation = await FindWritableAsync(grades, db, evaluationId!.Value, errors, cancellationToken);
        if (evaluation is null || !await CheckOpenAsync(grades, db, evaluation, errors, cancellationToken))
        {
            return new DeleteEvaluationPayload(null, errors.All);
        }

        db.Evaluations.Remove(evaluation);
        await db.SaveChangesAsync(cancellationToken);
        return new DeleteEvaluationPayload(evaluation.Id, []);
    }

    private static async Task<EvaluationPayload> PublishAsync(IResolveFieldContext context, PublishEvaluationInput input)
    {
        var grades = context.Grades();
        var cancellationToken = context.CancellationToken;
        var errors = new InputErrors();
        var evaluationId = errors.Decode(input.EvaluationId, "Evaluation", "evaluationId");
        if (errors.HasAny)
        {
            return Failed(errors);
        }

        await using var db = await grades.CreateStoreAsync(cancellationToken);
        var evaluation = await FindWritableAsync(grades, db, evaluationId!.Value, errors, cancellationToken);
        if (evaluation is null)
        {
            return Failed(errors);
        }

        var now = grades.Now;
        if (evaluation.IsPublishedAt(now))
        {
            errors.Add(GradeErrorCodes.AlreadyPublished, "This evaluation is already published; correct its marks instead.", "evaluationId");
            return Failed(errors);
        }

        evaluation.PublishAt = PublicationTime(input.PublishAt ?? now, now);
        evaluation.UpdatedAt = now;
        await db.SaveChangesAsync(cancellationToken);

        var students = await db.Marks.Where(m => m.EvaluationId == evaluation.Id).Select(m => m.StudentId).ToListAsync(cancellationToken);
        await PublishMarksAsync(context, grades, evaluation, students, [], cancellationToken);
        return new EvaluationPayload(evaluation, []);
    }

    /// <summary>Raises <see cref="MarksPublished"/> once the change is saved, when there is anything to tell.</summary>
    public static async Task PublishMarksAsync(
        IResolveFieldContext context,
        GradeAccess grades,
        Evaluation evaluation,
        IReadOnlyList<Guid> students,
        IReadOnlyList<Guid> corrected,
        CancellationToken cancellationToken)
    {
        if (evaluation.PublishAt is not { } publishAt || students.Count + corrected.Count == 0)
        {
            return;
        }

        var publisher = context.RequestServices!.GetRequiredService<IDomainEventPublisher>();
        await publisher.PublishAsync(
            new MarksPublished(
                grades.TenantId, grades.Now, evaluation.Id, evaluation.SchoolId, evaluation.SubjectId, evaluation.ClassId, evaluation.GroupId,
                evaluation.Title, publishAt > grades.Now ? publishAt : grades.Now, students, corrected),
            cancellationToken);
    }

    /// <summary>
    /// Finds an evaluation the viewer may write: <see cref="GradeErrorCodes.NotFound"/> when they may not see
    /// it, <see cref="GradeErrorCodes.NotAllowed"/> when they see it but do not teach it.
    /// </summary>
    public static async Task<Evaluation?> FindWritableAsync(GradeAccess grades, GradesDbContext db, Guid id, InputErrors errors, CancellationToken cancellationToken)
    {
        var writable = grades.WritableEvaluations(db).Select(e => e.Id);
        var found = await grades.VisibleEvaluations(db)
            .Where(e => e.Id == id)
            .Select(e => new { Evaluation = e, IsWritable = writable.Contains(e.Id) })
            .FirstOrDefaultAsync(cancellationToken);
        if (found is null)
        {
            errors.NotFound("Evaluation", "evaluationId");
            return null;
        }

        if (!found.IsWritable)
        {
            errors.NotAllowed("Only the teachers of this subject for this class or group may change this evaluation.", "evaluationId");
            return null;
        }

        return found.Evaluation;
    }

    /// <summary>Checks the evaluation's period is open for entry, or records <see cref="GradeErrorCodes.PeriodClosed"/>.</summary>
    public static async Task<bool> CheckOpenAsync(GradeAccess grades, GradesDbContext db, Evaluation evaluation, InputErrors errors, CancellationToken cancellationToken)
    {
        var period = await db.Set<Period>().AsNoTracking().FirstAsync(p => p.Id == evaluation.PeriodId, cancellationToken);
        if (PeriodRules.IsOpenForEntry(period, grades.Today))
        {
            return true;
        }

        errors.Add(GradeErrorCodes.PeriodClosed, ClosedMessage(period), "evaluationId");
        return false;
    }

    public static string ClosedMessage(Period period) =>
        $"Entry for {period.Name} closed on {period.EntryClosesOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}.";

    private static async Task<EvaluationTarget?> FindTargetAsync(GradeAccess grades, GradesDbContext db, Guid? classId, Guid? groupId, InputErrors errors, CancellationToken cancellationToken)
    {
        if (classId is { } id)
        {
            var classes = grades.Policy.VisibleClasses(db);
            var schoolId = await db.Set<SchoolClass>().Where(c => c.Id == id && classes.Contains(c.Id)).Select(c => (Guid?)c.SchoolId).FirstOrDefaultAsync(cancellationToken);
            if (schoolId is null)
            {
                errors.NotFound("Class", "classId");
                return null;
            }

            return new EvaluationTarget(schoolId.Value, id, null);
        }

        var groups = grades.Policy.VisibleGroups(db);
        var groupSchoolId = await db.Set<TeachingGroup>().Where(g => g.Id == groupId && groups.Contains(g.Id)).Select(g => (Guid?)g.SchoolId).FirstOrDefaultAsync(cancellationToken);
        if (groupSchoolId is null)
        {
            errors.NotFound("Teaching group", "groupId");
            return null;
        }

        return new EvaluationTarget(groupSchoolId.Value, null, groupId);
    }

    /// <summary>
    /// The period of an evaluation on <paramref name="date"/>: the one given, which must apply to the class
    /// (a group uses its school's periods) and contain the date, else the one that contains the date. It
    /// must be open for entry.
    /// </summary>
    private static async Task<Period?> FindOpenPeriodAsync(GradeAccess grades, GradesDbContext db, EvaluationTarget target, Guid? periodId, DateOnly date, InputErrors errors, CancellationToken cancellationToken)
    {
        var tenant = grades.TenantId;
        var periods = target.ClassId is { } classId
            ? await SchoolCalendar.PeriodsOfClass(db, classId).AsNoTracking().ToListAsync(cancellationToken)
            : await db.Set<Period>().AsNoTracking().Where(p => p.TenantId == tenant && p.SchoolId == target.SchoolId && p.ClassId == null).ToListAsync(cancellationToken);
        Period? period;
        if (periodId is { } id)
        {
            period = periods.FirstOrDefault(p => p.Id == id);
            if (period is null)
            {
                errors.Add(GradeErrorCodes.PeriodMismatch, "This period does not apply to this class or group.", "periodId");
                return null;
            }

            if (date < period.StartDate || date > period.EndDate)
            {
                errors.Add(GradeErrorCodes.DateOutsidePeriod, $"The date is not within {period.Name}.", "date");
                return null;
            }
        }
        else
        {
            period = periods.FirstOrDefault(p => p.StartDate <= date && date <= p.EndDate);
            if (period is null)
            {
                errors.Add(GradeErrorCodes.NoPeriodForDate, "No period of this class or group contains this date.", "date");
                return null;
            }
        }

        if (!PeriodRules.IsOpenForEntry(period, grades.Today))
        {
            errors.Add(GradeErrorCodes.PeriodClosed, ClosedMessage(period), periodId is null ? "date" : "periodId");
            return null;
        }

        return period;
    }

    private static DateTimeOffset PublicationTime(DateTimeOffset requested, DateTimeOffset now) =>
        (requested < now ? now : requested).ToUniversalTime();

    private static EvaluationPayload Failed(InputErrors errors) => new(null, errors.All);

    private sealed record EvaluationTarget(Guid SchoolId, Guid? ClassId, Guid? GroupId);
}
