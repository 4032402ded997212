using System.Globalization;
using Ent.Directory;
using Ent.GraphQL.Loading;
using GraphQL;
using GraphQL.DataLoader;
using Microsoft.EntityFrameworkCore;

namespace Ent.Plugins.Absences.GraphQL;

/// <summary>
/// Loads classes' statistics, batched with the other classes asked for in the step: the period (when
/// named), the classes' pupils, then their counts as <see cref="StudentCounts"/> loads them, whatever the
/// number of classes.
/// </summary>
internal static class ClassStatistics
{
    private static readonly StringComparer Names = StringComparer.Create(CultureInfo.GetCultureInfo("fr-FR"), ignoreCase: false);

    /// <summary>Loads a class's statistics over the span of the field's arguments; the caller checks the viewer staffs its school.</summary>
    public static IDataLoaderResult<ClassAbsenceStatistics> Load(IResolveFieldContext context, SchoolClass schoolClass)
    {
        var periodId = context.GetArgument<string?>("period");
        var from = context.GetArgument<DateOnly?>("from");
        var to = context.GetArgument<DateOnly?>("to");
        var policy = context.Policy();
        return context.GetBatchLoader<Guid, ClassCounts>($"absences.classStatistics|{periodId}|{from}|{to}", async (keys, cancellationToken) =>
        {
            await using var db = await AbsenceLoaders.CreateAsync(context, cancellationToken);
            var (start, end) = await DateSpan.ResolveAsync(db, policy.Viewer.TenantId, periodId, from, to, cancellationToken);
            var enrolled = await db.Set<ClassEnrollment>().Where(e => keys.Contains(e.ClassId))
                .Join(db.Set<Person>().Where(p => p.IsActive), e => e.StudentId, p => p.Id, (e, p) => new { e.ClassId, Student = p })
                .AsNoTracking()
                .ToListAsync(cancellationToken);
            var records = await StudentCounts.LoadAsync(db, policy, [.. enrolled.Select(e => e.Student.Id).Distinct()], start, end, cancellationToken);
            var byClass = enrolled.ToLookup(e => e.ClassId, e => e.Student);
            return keys.Distinct().ToDictionary(key => key, key => new ClassCounts(
                start,
                end,
                [
                    .. byClass[key]
                        .Where(s => records.ContainsKey(s.Id))
                        .OrderBy(s => s.LastName, Names).ThenBy(s => s.FirstName, Names).ThenBy(s => s.Id)
                        .Select(s => new StudentAbsenceCounts(s, records[s.Id].Count())),
                ]));
        }).Load(schoolClass.Id).Then(counts => new ClassAbsenceStatistics(schoolClass, counts!.From, counts.To, counts.Students));
    }

    private sealed record ClassCounts(DateOnly? From, DateOnly? To, IReadOnlyList<StudentAbsenceCounts> Students);
}
