using Ent.Directory;
using Microsoft.EntityFrameworkCore;

namespace Ent.Host.Directory.Import;

/// <summary>
/// Writes the school, its subjects, classes and groups, matched by UAI and by code. Subjects, classes and
/// groups the files no longer list are kept, since marks and homework refer to them; the relationship
/// step empties them.
/// </summary>
internal static class CatalogImportStep
{
    public static async Task RunAsync(ImportWriteSession session, DirectoryImportData data)
    {
        var store = session.Store;
        var row = data.School;
        var school = await store.Schools.SingleOrDefaultAsync(s => s.TenantId == session.TenantId && s.Uai == row.Uai, session.CancellationToken);
        if (school is null)
        {
            school = new School { Id = Guid.CreateVersion7(), TenantId = session.TenantId, Uai = row.Uai, Name = row.Name, Kind = row.Kind, City = row.City };
            store.Schools.Add(school);
            session.Counts.Schools.Created++;
        }
        else
        {
            session.Counts.Schools.CountExisting(school.Name != row.Name || school.Kind != row.Kind || school.City != row.City);
            (school.Name, school.Kind, school.City) = (row.Name, row.Kind, row.City);
        }

        await session.SaveBatchAsync();
        session.SchoolId = school.Id;
        var schoolId = school.Id;

        await UpsertByCodeAsync(
            session,
            store.Subjects.Where(s => s.SchoolId == schoolId),
            data.Subjects,
            (subject, imported) =>
            {
                var changed = subject.Name != imported.Name;
                subject.Name = imported.Name;
                return changed;
            },
            imported => new Subject { Id = Guid.CreateVersion7(), TenantId = session.TenantId, SchoolId = schoolId, Code = imported.Code, Name = imported.Name },
            subject => (subject.Code, subject.Id),
            imported => imported.Code,
            session.Counts.Subjects,
            session.SubjectIds);

        await UpsertByCodeAsync(
            session,
            store.Classes.Where(c => c.SchoolId == schoolId),
            data.Classes,
            (schoolClass, imported) =>
            {
                var changed = schoolClass.Name != imported.Name || schoolClass.Level != imported.Level;
                (schoolClass.Name, schoolClass.Level) = (imported.Name, imported.Level);
                return changed;
            },
            imported => new SchoolClass { Id = Guid.CreateVersion7(), TenantId = session.TenantId, SchoolId = schoolId, Code = imported.Code, Name = imported.Name, Level = imported.Level },
            schoolClass => (schoolClass.Code, schoolClass.Id),
            imported => imported.Code,
            session.Counts.Classes,
            session.ClassIds);

        await UpsertByCodeAsync(
            session,
            store.Groups.Where(g => g.SchoolId == schoolId),
            data.Groups,
            (group, imported) =>
            {
                var changed = group.Name != imported.Name;
                group.Name = imported.Name;
                return changed;
            },
            imported => new TeachingGroup { Id = Guid.CreateVersion7(), TenantId = session.TenantId, SchoolId = schoolId, Code = imported.Code, Name = imported.Name },
            group => (group.Code, group.Id),
            imported => imported.Code,
            session.Counts.Groups,
            session.GroupIds);
    }

    /// <summary>
    /// Adds the rows whose code the school does not have yet and updates the others, recording each one's
    /// key in <paramref name="ids"/>.
    /// </summary>
    /// <param name="update">Copies a row's values onto an entity; returns whether any differed.</param>
    private static async Task UpsertByCodeAsync<TEntity, TRow>(
        ImportWriteSession session,
        IQueryable<TEntity> ofSchool,
        IReadOnlyList<TRow> rows,
        Func<TEntity, TRow, bool> update,
        Func<TRow, TEntity> create,
        Func<TEntity, (string Code, Guid Id)> keyOf,
        Func<TRow, string> codeOf,
        ImportTally tally,
        Dictionary<string, Guid> ids)
        where TEntity : class
    {
        var existing = new Dictionary<string, TEntity>(StringComparer.Ordinal);
        foreach (var entity in await ofSchool.ToListAsync(session.CancellationToken))
        {
            existing[keyOf(entity).Code] = entity;
        }

        foreach (var row in rows)
        {
            if (existing.TryGetValue(codeOf(row), out var entity))
            {
                tally.CountExisting(update(entity, row));
            }
            else
            {
                entity = create(row);
                session.Store.Add(entity);
                tally.Created++;
            }

            ids[codeOf(row)] = keyOf(entity).Id;
        }

        await session.SaveBatchAsync();
        session.Report(tally.Subject, rows.Count, rows.Count);
    }
}
