using Ent.Directory;
using Microsoft.EntityFrameworkCore;

namespace Ent.Host.Directory.Import;

/// <summary>
/// Writes the school years and periods when the import has them, matched by the year's name and by the
/// period's year, class and number. Periods the files no longer list are kept: report cards refer to them.
/// </summary>
internal static class CalendarImportStep
{
    public static async Task RunAsync(ImportWriteSession session, DirectoryImportData data)
    {
        if (data.SchoolYears is null || data.Periods is null)
        {
            return;
        }

        var store = session.Store;
        var schoolId = session.SchoolId;
        var cancellationToken = session.CancellationToken;

        var years = (await store.SchoolYears.Where(y => y.SchoolId == schoolId).ToListAsync(cancellationToken))
            .DistinctBy(year => year.Name, StringComparer.Ordinal)
            .ToDictionary(year => year.Name, StringComparer.Ordinal);
        foreach (var row in data.SchoolYears)
        {
            if (years.TryGetValue(row.Name, out var year))
            {
                session.Counts.SchoolYears.CountExisting(year.StartDate != row.Start || year.EndDate != row.End);
                (year.StartDate, year.EndDate) = (row.Start, row.End);
            }
            else
            {
                year = new SchoolYear { Id = Guid.CreateVersion7(), TenantId = session.TenantId, SchoolId = schoolId, Name = row.Name, StartDate = row.Start, EndDate = row.End };
                store.SchoolYears.Add(year);
                years.Add(row.Name, year);
                session.Counts.SchoolYears.Created++;
            }
        }

        var periods = (await store.Periods.Where(p => p.SchoolId == schoolId).ToListAsync(cancellationToken))
            .DistinctBy(period => (period.SchoolYearId, period.ClassId, period.Number))
            .ToDictionary(period => (period.SchoolYearId, period.ClassId, period.Number));
        foreach (var row in data.Periods)
        {
            var yearId = years[row.SchoolYear].Id;
            Guid? classId = row.ClassCode is null ? null : session.ClassIds[row.ClassCode];
            if (periods.TryGetValue((yearId, classId, row.Number), out var period))
            {
                session.Counts.Periods.CountExisting(
                    period.Name != row.Name || period.Kind != row.Kind || period.StartDate != row.Start || period.EndDate != row.End
                    || period.EntryClosesOn != row.EntryClosesOn || period.CouncilDate != row.CouncilDate
                    || period.ReportCardsPublishedOn != row.ReportCardsPublishedOn);
            }
            else
            {
                period = new Period { Id = Guid.CreateVersion7(), TenantId = session.TenantId, SchoolId = schoolId, SchoolYearId = yearId, ClassId = classId, Name = row.Name, Number = row.Number };
                store.Periods.Add(period);
                session.Counts.Periods.Created++;
            }

            (period.Name, period.Kind, period.StartDate, period.EndDate) = (row.Name, row.Kind, row.Start, row.End);
            (period.EntryClosesOn, period.CouncilDate, period.ReportCardsPublishedOn) = (row.EntryClosesOn, row.CouncilDate, row.ReportCardsPublishedOn);
        }

        await session.SaveBatchAsync();
        session.Report(session.Counts.Periods.Subject, data.Periods.Count, data.Periods.Count);
    }
}
