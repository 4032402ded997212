using Ent.GraphQL;
using Ent.Plugins.Grades.Domain;
using GraphQL.Types;

namespace Ent.Plugins.Grades.GraphQL.ReportCards;

internal sealed class WriteSubjectCommentInput
{
    public string StudentId { get; set; } = string.Empty;

    public string PeriodId { get; set; } = string.Empty;

    public string SubjectId { get; set; } = string.Empty;

    public string Text { get; set; } = string.Empty;
}

internal sealed class WriteSubjectCommentInputType : InputObjectGraphType<WriteSubjectCommentInput>
{
    public WriteSubjectCommentInputType()
    {
        Name = "WriteSubjectCommentInput";
        Description = "A teacher's comment on a student's work in a subject they teach them, for a period open for entry.";
        Field(i => i.StudentId, type: typeof(NonNullGraphType<IdGraphType>)).Description("The student.");
        Field(i => i.PeriodId, type: typeof(NonNullGraphType<IdGraphType>)).Description("The period of the student's class.");
        Field(i => i.SubjectId, type: typeof(NonNullGraphType<IdGraphType>)).Description("The subject.");
        Field(i => i.Text).Description($"The comment, at most {EvaluationRules.CommentMaxLength} characters; an empty one removes it.");
    }
}

internal sealed class WriteReportCardOpinionInput
{
    public string StudentId { get; set; } = string.Empty;

    public string PeriodId { get; set; } = string.Empty;

    public string Text { get; set; } = string.Empty;
}

internal sealed class WriteReportCardOpinionInputType : InputObjectGraphType<WriteReportCardOpinionInput>
{
    public WriteReportCardOpinionInputType()
    {
        Name = "WriteReportCardOpinionInput";
        Description = "The form tutor's or class council's opinion on a student's period, written by a form tutor of the class or the school's staff until the council meets.";
        Field(i => i.StudentId, type: typeof(NonNullGraphType<IdGraphType>)).Description("The student.");
        Field(i => i.PeriodId, type: typeof(NonNullGraphType<IdGraphType>)).Description("The period of the student's class.");
        Field(i => i.Text).Description($"The opinion, at most {EvaluationRules.CommentMaxLength} characters; an empty one removes it.");
    }
}

internal sealed record ReportCardCommentPayload(ReportCardComment? Comment, IReadOnlyList<UserError> Errors) : IPayload;

internal abstract class ReportCardCommentPayloadType : PayloadType<ReportCardCommentPayload>
{
    protected ReportCardCommentPayloadType(string name, string description, string field)
        : base(name, description)
    {
        Field<ReportCardCommentType>(field).Description("The comment as saved; null when removed or when there are errors.").Resolve(context => context.Source.Comment);
    }
}

internal sealed class WriteSubjectCommentPayloadType() : ReportCardCommentPayloadType("WriteSubjectCommentPayload", "The result of writeSubjectComment.", "comment");

internal sealed class WriteReportCardOpinionPayloadType() : ReportCardCommentPayloadType("WriteReportCardOpinionPayload", "The result of writeReportCardOpinion.", "opinion");
