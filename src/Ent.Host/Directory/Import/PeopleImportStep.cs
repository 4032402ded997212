using Ent.Data;
using Ent.Directory;
using Microsoft.EntityFrameworkCore;

namespace Ent.Host.Directory.Import;

/// <summary>
/// Writes the people and their profiles in the school, matched by external id in the tenant and by role.
/// Profiles in the school that the files no longer list are deactivated, never deleted, so that history
/// stays; a person is deactivated once they have no active profile left in any school.
/// </summary>
internal static class PeopleImportStep
{
    public static async Task RunAsync(ImportWriteSession session, IReadOnlyList<ImportedPerson> people)
    {
        await WritePeopleAsync(session, people);
        var listed = await WriteProfilesAsync(session, people);
        await DeactivateAbsentAsync(session, listed);
    }

    private static async Task WritePeopleAsync(ImportWriteSession session, IReadOnlyList<ImportedPerson> people)
    {
        var store = session.Store;
        var tally = session.Counts.People;
        var done = 0;
        foreach (var batch in people.Chunk(ImportWriteSession.BatchSize))
        {
            var externalIds = batch.Select(person => person.ExternalId).ToList();
            var existing = await store.People
                .AsNoTracking()
                .Where(person => person.TenantId == session.TenantId && externalIds.Contains(person.ExternalId))
                .ToDictionaryAsync(person => person.ExternalId, StringComparer.Ordinal, session.CancellationToken);
            var created = new List<Person>();
            foreach (var row in batch)
            {
                if (existing.TryGetValue(row.ExternalId, out var person))
                {
                    var changed = person.LastName != row.LastName || person.FirstName != row.FirstName
                        || person.Email != row.Email || person.BirthDate != row.BirthDate || !person.IsActive;
                    tally.CountExisting(changed);
                    if (changed)
                    {
                        (person.LastName, person.FirstName, person.Email, person.BirthDate) = (row.LastName, row.FirstName, row.Email, row.BirthDate);
                        person.IsActive = true;
                        store.People.Update(person);
                    }
                }
                else
                {
                    person = new Person
                    {
                        Id = Guid.CreateVersion7(),
                        TenantId = session.TenantId,
                        ExternalId = row.ExternalId,
                        LastName = row.LastName,
                        FirstName = row.FirstName,
                        Email = row.Email,
                        BirthDate = row.BirthDate,
                    };
                    created.Add(person);
                    tally.Created++;
                }

                session.PersonIds[row.ExternalId] = person.Id;
            }

            await session.SaveBatchAsync();
            await store.BulkInsertAsync(created, session.CancellationToken);
            done += batch.Length;
            session.Report(tally.Subject, done, people.Count);
        }
    }

    /// <summary>Adds and updates the profiles the files list; returns them by person and role.</summary>
    private static async Task<HashSet<(Guid PersonId, ProfileKind Kind)>> WriteProfilesAsync(ImportWriteSession session, IReadOnlyList<ImportedPerson> people)
    {
        var store = session.Store;
        var tally = session.Counts.Profiles;
        var existing = (await store.Profiles.AsNoTracking().Where(p => p.SchoolId == session.SchoolId).ToListAsync(session.CancellationToken))
            .ToDictionary(profile => (profile.PersonId, profile.Kind));
        var listed = new HashSet<(Guid PersonId, ProfileKind Kind)>();
        var total = people.Sum(person => person.Profiles.Count);
        var created = new List<Profile>();
        var done = 0;
        var pending = 0;
        foreach (var person in people)
        {
            var personId = session.PersonIds[person.ExternalId];
            foreach (var row in person.Profiles)
            {
                listed.Add((personId, row.Kind));
                if (existing.TryGetValue((personId, row.Kind), out var profile))
                {
                    if (profile.Position != row.Position || profile.IsSchoolAdministrator != row.IsSchoolAdministrator || !profile.IsActive)
                    {
                        (profile.Position, profile.IsSchoolAdministrator, profile.IsActive) = (row.Position, row.IsSchoolAdministrator, true);
                        store.Profiles.Update(profile);
                        tally.Updated++;
                        pending++;
                    }
                    else
                    {
                        tally.Unchanged++;
                    }
                }
                else
                {
                    created.Add(new Profile
                    {
                        Id = Guid.CreateVersion7(),
                        TenantId = session.TenantId,
                        PersonId = personId,
                        SchoolId = session.SchoolId,
                        Kind = row.Kind,
                        Position = row.Position,
                        IsSchoolAdministrator = row.IsSchoolAdministrator,
                    });
                    tally.Created++;
                    pending++;
                }

                done++;
                if (pending == ImportWriteSession.BatchSize)
                {
                    await session.SaveBatchAsync();
                    await store.BulkInsertAsync(created, session.CancellationToken);
                    created.Clear();
                    pending = 0;
                    session.Report(tally.Subject, done, total);
                }
            }
        }

        if (pending > 0)
        {
            await session.SaveBatchAsync();
            await store.BulkInsertAsync(created, session.CancellationToken);
            session.Report(tally.Subject, done, total);
        }

        return listed;
    }

    private static async Task DeactivateAbsentAsync(ImportWriteSession session, HashSet<(Guid PersonId, ProfileKind Kind)> listed)
    {
        var store = session.Store;
        var cancellationToken = session.CancellationToken;
        var absent = await store.Profiles
            .Where(profile => profile.SchoolId == session.SchoolId && profile.IsActive)
            .Select(profile => new { profile.Id, profile.PersonId, profile.Kind })
            .ToListAsync(cancellationToken);
        absent.RemoveAll(profile => listed.Contains((profile.PersonId, profile.Kind)));

        foreach (var batch in absent.Chunk(ImportWriteSession.BatchSize))
        {
            var ids = batch.Select(profile => profile.Id).ToList();
            session.Counts.Profiles.Deactivated += await store.Profiles
                .Where(profile => ids.Contains(profile.Id))
                .ExecuteUpdateAsync(setters => setters.SetProperty(profile => profile.IsActive, false), cancellationToken);
        }

        // Someone who left this school may still be a teacher or a parent in another one.
        foreach (var batch in absent.Select(profile => profile.PersonId).Distinct().Chunk(ImportWriteSession.BatchSize))
        {
            var ids = batch.ToList();
            session.Counts.People.Deactivated += await store.People
                .Where(person => ids.Contains(person.Id) && person.IsActive && !store.Profiles.Any(profile => profile.PersonId == person.Id && profile.IsActive))
                .ExecuteUpdateAsync(setters => setters.SetProperty(person => person.IsActive, false), cancellationToken);
        }

        session.Report("deactivations", absent.Count, absent.Count);
    }
}
