using Ent.Access;
using Ent.Directory;
using Ent.Plugins.Grades.Data;
using Ent.Plugins.Grades.Domain;
using Microsoft.EntityFrameworkCore;

namespace Ent.Plugins.Grades.Access;

/// <summary>
/// What the viewer of a request may see and write in the grades store, on top of the SDK's access policy.
/// Each answer is a query to compose into the caller's, over the caller's own context. One instance per
/// request, so that every resolver of a request agrees on the time.
/// </summary>
/// <remarks>
/// An evaluation can be written by the teachers who teach its subject to its class or group; they see it
/// and its marks at once. Everyone who may see its class or group sees it from its publication. A mark is
/// seen by those who see its evaluation and the student's whole record (the student, their relatives,
/// form tutors, staff), and by the teachers who write the evaluation. Averages and statistics count the
/// published evaluations, and the drafts the viewer writes.
/// </remarks>
internal sealed class GradeAccess(IAccessPolicy policy, TimeProvider time, IDbContextFactory<GradesDbContext> stores)
{
    private readonly Lock _gradingLock = new();
    private Task<ViewerGrading>? _grading;

    public IAccessPolicy Policy => policy;

    public Viewer Viewer => policy.Viewer;

    public string TenantId => policy.Viewer.TenantId;

    /// <summary>Gets the viewer's person, for writes; mutations need a signed-in viewer.</summary>
    public Guid PersonId => policy.Viewer.PersonId ?? throw new InvalidOperationException("The grades mutations need a signed-in viewer.");

    /// <summary>Gets the time of the request.</summary>
    public DateTimeOffset Now { get; } = time.GetUtcNow();

    /// <summary>Gets the date of the request in French time.</summary>
    public DateOnly Today { get; } = SchoolCalendar.Today(time);

    public Task<GradesDbContext> CreateStoreAsync(CancellationToken cancellationToken) => stores.CreateDbContextAsync(cancellationToken);

    /// <summary>The evaluations the viewer may write: those of a subject they teach to the evaluation's class or group.</summary>
    public IQueryable<Evaluation> WritableEvaluations(GradesDbContext db)
    {
        var tenant = TenantId;
        var assignments = policy.TeachingAssignments(db);
        return db.Evaluations.Where(e => e.TenantId == tenant && assignments.Any(a => a.SubjectId == e.SubjectId
            && ((e.ClassId != null && a.ClassId == e.ClassId) || (e.GroupId != null && a.GroupId == e.GroupId))));
    }

    /// <summary>The evaluations the viewer may see: those they write, and the published ones of the classes and groups they see.</summary>
    /// <remarks>
    /// Whether the viewer writes an evaluation is asked of the evaluation's own row (a correlated look-up of the
    /// viewer's few assignments) rather than by listing every evaluation they write: the database then checks
    /// only the evaluations a query reaches, instead of scanning the tenant's evaluations on every request.
    /// </remarks>
    public IQueryable<Evaluation> VisibleEvaluations(GradesDbContext db)
    {
        var tenant = TenantId;
        var now = Now;
        var assignments = policy.TeachingAssignments(db);
        var classes = policy.VisibleClasses(db);
        var groups = policy.VisibleGroups(db);
        return db.Evaluations.Where(e => e.TenantId == tenant
            && (assignments.Any(a => a.SubjectId == e.SubjectId && ((e.ClassId != null && a.ClassId == e.ClassId) || (e.GroupId != null && a.GroupId == e.GroupId)))
                || (e.PublishAt != null && e.PublishAt <= now
                    && ((e.ClassId != null && classes.Contains(e.ClassId.Value)) || (e.GroupId != null && groups.Contains(e.GroupId.Value))))));
    }

    /// <summary>
    /// The evaluations averages and statistics count for the viewer: the published ones and the drafts the
    /// viewer writes. Statistics over them cover every student, so callers only show aggregates.
    /// </summary>
    public IQueryable<Evaluation> CountedEvaluations(GradesDbContext db)
    {
        var tenant = TenantId;
        var now = Now;
        var assignments = policy.TeachingAssignments(db);
        return db.Evaluations.Where(e => e.TenantId == tenant && ((e.PublishAt != null && e.PublishAt <= now)
            || assignments.Any(a => a.SubjectId == e.SubjectId && ((e.ClassId != null && a.ClassId == e.ClassId) || (e.GroupId != null && a.GroupId == e.GroupId)))));
    }

    /// <summary>The marks the viewer may see, each with its evaluation.</summary>
    public IQueryable<Mark> VisibleMarks(GradesDbContext db)
    {
        // Each mark's evaluation is looked up by its key, so that the database checks the evaluations of the
        // marks a query reaches rather than listing every evaluation the viewer may see.
        var visible = VisibleEvaluations(db);
        var writable = WritableEvaluations(db);
        var fullRecord = policy.FullRecordStudents(db);
        var taught = policy.VisibleStudents(db);
        return db.Marks.Where(m =>
            (visible.Any(e => e.Id == m.EvaluationId) && fullRecord.Contains(m.StudentId))
            || (writable.Any(e => e.Id == m.EvaluationId) && taught.Contains(m.StudentId)));
    }

    /// <summary>
    /// Gets what the viewer teaches, tutors and staffs, loaded once per request, to decide in memory who sees
    /// statistics in full.
    /// </summary>
    public Task<ViewerGrading> GradingAsync(CancellationToken cancellationToken)
    {
        lock (_gradingLock)
        {
            return _grading ??= LoadGradingAsync(cancellationToken);
        }
    }

    private async Task<ViewerGrading> LoadGradingAsync(CancellationToken cancellationToken)
    {
        var viewer = policy.Viewer;
        if (viewer.PersonId is not { } me)
        {
            return ViewerGrading.Nobody;
        }

        var staffed = policy.StaffedSchools().ToHashSet();
        if (!viewer.Has(ProfileKind.Teacher))
        {
            return new ViewerGrading([], new HashSet<Guid>(), staffed);
        }

        await using var db = await stores.CreateDbContextAsync(cancellationToken);
        var assignments = await policy.TeachingAssignments(db)
            .Select(a => new TaughtSubject(a.SubjectId, a.ClassId, a.GroupId))
            .ToListAsync(cancellationToken);
        var tutored = await db.Set<FormTutor>().Where(t => t.TeacherId == me && t.TenantId == viewer.TenantId)
            .Select(t => t.ClassId)
            .ToListAsync(cancellationToken);
        return new ViewerGrading(assignments, tutored.ToHashSet(), staffed);
    }
}
