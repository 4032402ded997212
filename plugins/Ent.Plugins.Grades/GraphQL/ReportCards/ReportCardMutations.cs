using System.Globalization;
using Ent.Access;
using Ent.Directory;
using Ent.GraphQL;
using Ent.Plugins.Grades.Access;
using Ent.Plugins.Grades.Data;
using Ent.Plugins.Grades.Domain;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace Ent.Plugins.Grades.GraphQL.ReportCards;

/// <summary>writeSubjectComment and writeReportCardOpinion.</summary>
internal static class ReportCardMutations
{
    public static void AddFields(ObjectGraphType<object?> mutation)
    {
        mutation.Field<NonNullGraphType<WriteSubjectCommentPayloadType>>("writeSubjectComment")
            .Description("Writes, replaces or removes your comment on a student's work in a subject you teach them, while the period is open for entry.")
            .RequireScope(GradesScopes.Write)
            .RequireProfile(ProfileKind.Teacher)
            .Argument<NonNullGraphType<WriteSubjectCommentInputType>>("input", "The comment.")
            .ResolveAsync(async context => await WriteSubjectCommentAsync(context, context.GetArgument<WriteSubjectCommentInput>("input")));

        mutation.Field<NonNullGraphType<WriteReportCardOpinionPayloadType>>("writeReportCardOpinion")
            .Description("Writes, replaces or removes the council's opinion on a student's period, as a form tutor of the class or staff of the school, until the class council meets.")
            .RequireScope(GradesScopes.Write)
            .RequireProfile(ProfileKind.Teacher, ProfileKind.Personnel)
            .Argument<NonNullGraphType<WriteReportCardOpinionInputType>>("input", "The opinion.")
            .ResolveAsync(async context => await WriteOpinionAsync(context, context.GetArgument<WriteReportCardOpinionInput>("input")));
    }

    private static async Task<ReportCardCommentPayload> WriteSubjectCommentAsync(IResolveFieldContext context, WriteSubjectCommentInput input)
    {
        var grades = context.Grades();
        var cancellationToken = context.CancellationToken;
        var errors = new InputErrors();
        var studentId = errors.Decode(input.StudentId, CoreTypeNames.Person, "studentId");
        var periodId = errors.Decode(input.PeriodId, CoreTypeNames.Period, "periodId");
        var subjectId = errors.Decode(input.SubjectId, CoreTypeNames.Subject, "subjectId");
        errors.Add(EvaluationRules.CheckLength(input.Text, EvaluationRules.CommentMaxLength), "text");
        if (errors.HasAny)
        {
            return Failed(errors);
        }

        await using var db = await grades.CreateStoreAsync(cancellationToken);
        var found = await FindStudentPeriodAsync(grades, db, studentId!.Value, periodId!.Value, errors, cancellationToken);
        if (found is not { } studentPeriod)
        {
            return Failed(errors);
        }

        var (placement, period) = studentPeriod;

        var tenant = grades.TenantId;
        if (!await db.Set<Subject>().AnyAsync(s => s.Id == subjectId && s.TenantId == tenant && s.SchoolId == placement.SchoolId, cancellationToken))
        {
            errors.NotFound("Subject", "subjectId");
            return Failed(errors);
        }

        var groups = db.Set<GroupMembership>().Where(m => m.StudentId == placement.StudentId).Select(m => m.GroupId);
        var teaches = await grades.Policy.TeachingAssignments(db).AnyAsync(
            a => a.SubjectId == subjectId && (a.ClassId == placement.ClassId || (a.GroupId != null && groups.Contains(a.GroupId.Value))),
            cancellationToken);
        if (!teaches)
        {
            errors.NotAllowed("You do not teach this subject to this student.", "subjectId");
            return Failed(errors);
        }

        if (!PeriodRules.IsOpenForEntry(period, grades.Today))
        {
            errors.Add(GradeErrorCodes.PeriodClosed, $"Entry for {period.Name} closed on {Day(period.EntryClosesOn)}.", "periodId");
            return Failed(errors);
        }

        var comment = await db.SubjectComments.FirstOrDefaultAsync(
            c => c.StudentId == placement.StudentId && c.PeriodId == period.Id && c.SubjectId == subjectId, cancellationToken);
        if (string.IsNullOrWhiteSpace(input.Text))
        {
            if (comment is not null)
            {
                db.SubjectComments.Remove(comment);
                await db.SaveChangesAsync(cancellationToken);
            }

            return new ReportCardCommentPayload(null, []);
        }

        if (comment is null)
        {
            comment = new SubjectComment { Id = Guid.CreateVersion7(), TenantId = tenant, StudentId = placement.StudentId, PeriodId = period.Id, SubjectId = subjectId!.Value, Text = string.Empty };
            db.SubjectComments.Add(comment);
        }

        comment.Text = input.Text.Trim();
        comment.AuthorId = grades.PersonId;
        comment.UpdatedAt = grades.Now;
        await db.SaveChangesAsync(cancellationToken);
        return new ReportCardCommentPayload(new ReportCardComment(comment.Text, comment.AuthorId, comment.UpdatedAt), []);
    }

    private static async Task<ReportCardCommentPayload> WriteOpinionAsync(IResolveFieldContext context, WriteReportCardOpinionInput input)
    {
        var grades = context.Grades();
        var cancellationToken = context.CancellationToken;
        var errors = new InputErrors();
        var studentId = errors.Decode(input.StudentId, CoreTypeNames.Person, "studentId");
        var periodId = errors.Decode(input.PeriodId, CoreTypeNames.Period, "periodId");
        errors.Add(EvaluationRules.CheckLength(input.Text, EvaluationRules.CommentMaxLength), "text");
        if (errors.HasAny)
        {
            return Failed(errors);
        }

        await using var db = await grades.CreateStoreAsync(cancellationToken);
        var found = await FindStudentPeriodAsync(grades, db, studentId!.Value, periodId!.Value, errors, cancellationToken);
        if (found is not { } studentPeriod)
        {
            return Failed(errors);
        }

        var (placement, period) = studentPeriod;

        var grading = await grades.GradingAsync(cancellationToken);
        if (!grading.SeesEveryMarkOf(placement.SchoolId, placement.ClassId))
        {
            errors.NotAllowed("Only a form tutor of the student's class or the school's staff may write the council's opinion.", "studentId");
            return Failed(errors);
        }

        if (!PeriodRules.IsOpenForOpinion(period, grades.Today))
        {
            errors.Add(GradeErrorCodes.PeriodClosed, $"The council's opinion for {period.Name} could be written until {Day(period.CouncilDate ?? period.EntryClosesOn)}.", "periodId");
            return Failed(errors);
        }

        var opinion = await db.ReportCardOpinions.FirstOrDefaultAsync(o => o.StudentId == placement.StudentId && o.PeriodId == period.Id, cancellationToken);
        if (string.IsNullOrWhiteSpace(input.Text))
        {
            if (opinion is not null)
            {
                db.ReportCardOpinions.Remove(opinion);
                await db.SaveChangesAsync(cancellationToken);
            }

            return new ReportCardCommentPayload(null, []);
        }

        if (opinion is null)
        {
            opinion = new ReportCardOpinion { Id = Guid.CreateVersion7(), TenantId = grades.TenantId, StudentId = placement.StudentId, PeriodId = period.Id, Text = string.Empty };
            db.ReportCardOpinions.Add(opinion);
        }

        opinion.Text = input.Text.Trim();
        opinion.AuthorId = grades.PersonId;
        opinion.UpdatedAt = grades.Now;
        await db.SaveChangesAsync(cancellationToken);
        return new ReportCardCommentPayload(new ReportCardComment(opinion.Text, opinion.AuthorId, opinion.UpdatedAt), []);
    }

    /// <summary>Finds a student the viewer sees, their class, and a period of that class.</summary>
    private static async Task<(StudentClass Placement, Period Period)?> FindStudentPeriodAsync(
        GradeAccess grades, GradesDbContext db, Guid studentId, Guid periodId, InputErrors errors, CancellationToken cancellationToken)
    {
        var visible = grades.Policy.VisibleStudents(db);
        var placement = await (
                from enrollment in db.Set<ClassEnrollment>()
                join schoolClass in db.Set<SchoolClass>() on enrollment.ClassId equals schoolClass.Id
                where enrollment.StudentId == studentId && visible.Contains(enrollment.StudentId)
                orderby schoolClass.Id
                select new StudentClass(enrollment.StudentId, schoolClass.Id, schoolClass.SchoolId))
            .FirstOrDefaultAsync(cancellationToken);
        if (placement is null)
        {
            errors.NotFound("Student", "studentId");
            return null;
        }

        var period = await SchoolCalendar.PeriodsOfClass(db, placement.ClassId).AsNoTracking().FirstOrDefaultAsync(p => p.Id == periodId, cancellationToken);
        if (period is null)
        {
            errors.Add(GradeErrorCodes.PeriodMismatch, "This period does not apply to the student's class.", "periodId");
            return null;
        }

        return (placement, period);
    }

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static ReportCardCommentPayload Failed(InputErrors errors) => new(null, errors.All);

    private sealed record StudentClass(Guid StudentId, Guid ClassId, Guid SchoolId);
}
