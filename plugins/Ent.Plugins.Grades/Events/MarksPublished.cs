using Ent.Events;

namespace Ent.Plugins.Grades.Events;

/// <summary>
/// Marks of an evaluation became, or will become at <see cref="VisibleFrom"/>, visible to students and
/// relatives: the evaluation was published, or marks were entered or corrected after its publication.
/// Published after the change is saved, for notifications to come.
/// </summary>
/// <param name="TenantId">The tenant.</param>
/// <param name="OccurredAt">When the change was saved.</param>
/// <param name="EvaluationId">The evaluation.</param>
/// <param name="SchoolId">Its school.</param>
/// <param name="SubjectId">Its subject.</param>
/// <param name="ClassId">Its class, when not a group.</param>
/// <param name="GroupId">Its teaching group, when not a class.</param>
/// <param name="Title">Its title.</param>
/// <param name="VisibleFrom">When students and relatives see the marks: now, or a scheduled publication.</param>
/// <param name="StudentIds">The students whose new mark they now see.</param>
/// <param name="CorrectedStudentIds">The students whose mark was corrected after publication.</param>
internal sealed record MarksPublished(
    string TenantId,
    DateTimeOffset OccurredAt,
    Guid EvaluationId,
    Guid SchoolId,
    Guid SubjectId,
    Guid? ClassId,
    Guid? GroupId,
    string Title,
    DateTimeOffset VisibleFrom,
    IReadOnlyList<Guid> StudentIds,
    IReadOnlyList<Guid> CorrectedStudentIds) : IDomainEvent;
