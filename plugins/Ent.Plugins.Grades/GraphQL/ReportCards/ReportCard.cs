using Ent.Directory;
using Ent.Plugins.Grades.GraphQL.Averages;

namespace Ent.Plugins.Grades.GraphQL.ReportCards;

/// <summary>A comment on a report card: a teacher's on a subject, or the council's opinion.</summary>
internal sealed record ReportCardComment(string Text, Guid AuthorId, DateTimeOffset UpdatedAt);

/// <summary>A subject on a report card: the student's average beside the class's, and the teacher's comment.</summary>
internal sealed record ReportCardSubject(Subject Subject, SubjectAverage? Average, ReportCardComment? Comment);

/// <summary>A student's report card (bulletin) for a period.</summary>
internal sealed record ReportCard(StudentAverages Averages, IReadOnlyList<ReportCardSubject> Subjects, ReportCardComment? Opinion, bool IsPublished);

/// <summary>The comments written for a student's report card.</summary>
internal sealed record ReportCardComments(IReadOnlyList<(Subject Subject, ReportCardComment Comment)> BySubject, ReportCardComment? Opinion)
{
    public static ReportCardComments None { get; } = new([], null);
}
