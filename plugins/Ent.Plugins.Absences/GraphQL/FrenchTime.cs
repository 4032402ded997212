using Ent.Directory;

namespace Ent.Plugins.Absences.GraphQL;

/// <summary>Turns the store's French wall-clock times into instants for clients, and back.</summary>
internal static class FrenchTime
{
    /// <summary>Gives a wall-clock time its French offset.</summary>
    /// <param name="local">The wall-clock time.</param>
    /// <returns>The instant, with the offset in force then in France.</returns>
    public static DateTimeOffset ToInstant(DateTime local)
    {
        var unspecified = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        return new DateTimeOffset(unspecified, SchoolCalendar.TimeZone.GetUtcOffset(unspecified));
    }

    /// <summary>Gets the French wall-clock time now, to the minute.</summary>
    /// <param name="time">The clock.</param>
    /// <returns>The wall-clock time.</returns>
    public static DateTime Now(TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(time);
        var local = TimeZoneInfo.ConvertTime(time.GetUtcNow(), SchoolCalendar.TimeZone).DateTime;
        return new DateTime(local.Year, local.Month, local.Day, local.Hour, local.Minute, 0, DateTimeKind.Unspecified);
    }
}
