using Ent.Data;
using Microsoft.EntityFrameworkCore;

namespace Ent.Directory;

/// <summary>School days and periods, computed the same way everywhere: in French time, by the server.</summary>
public static class SchoolCalendar
{
    /// <summary>Gets the time zone of French schools in metropolitan France.</summary>
    public static TimeZoneInfo TimeZone { get; } = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");

    /// <summary>Gets today's date in French time.</summary>
    /// <param name="time">The clock, <see cref="TimeProvider.System"/> outside tests.</param>
    /// <returns>The date.</returns>
    public static DateOnly Today(TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(time);
        return DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(time.GetUtcNow(), TimeZone).DateTime);
    }

    /// <summary>
    /// The periods that apply to a class: the class's own periods when it has any for that school year,
    /// otherwise its school's periods.
    /// </summary>
    /// <param name="store">The caller's store.</param>
    /// <param name="classId">The class.</param>
    /// <returns>The periods, in no particular order.</returns>
    public static IQueryable<Period> PeriodsOfClass(EntDbContext store, Guid classId)
    {
        ArgumentNullException.ThrowIfNull(store);
        var schoolId = store.Set<SchoolClass>().Where(c => c.Id == classId).Select(c => c.SchoolId);
        var own = store.Set<Period>().Where(p => p.ClassId == classId);
        return store.Set<Period>().Where(p =>
            p.ClassId == classId
            || (p.ClassId == null && schoolId.Contains(p.SchoolId) && !own.Any(o => o.SchoolYearId == p.SchoolYearId)));
    }

    /// <summary>
    /// Finds the current period of a class: the one whose dates contain <paramref name="today"/>; between
    /// two periods (holidays), the last one that ended; <see langword="null"/> before the first.
    /// </summary>
    /// <param name="store">The caller's store.</param>
    /// <param name="classId">The class.</param>
    /// <param name="today">Today, from <see cref="Today"/>.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <returns>The period, or <see langword="null"/>.</returns>
    public static Task<Period?> CurrentPeriodOfClassAsync(EntDbContext store, Guid classId, DateOnly today, CancellationToken cancellationToken) =>
        PeriodsOfClass(store, classId)
            .Where(p => p.StartDate <= today)
            .OrderByDescending(p => p.StartDate)
            .FirstOrDefaultAsync(cancellationToken);
}
