using Ent.Directory;
using Ent.Plugins.Absences.GraphQL;

namespace Ent.Plugins.Absences.Generation;

/// <summary>Turns French wall-clock times of generated data into the UTC instants the store keeps, and back.</summary>
internal static class GeneratedTime
{
    /// <summary>Gets the UTC instant of a French wall-clock time; bulk inserts on PostgreSQL take only UTC.</summary>
    /// <param name="local">The wall-clock time.</param>
    /// <returns>The instant, with a zero offset.</returns>
    public static DateTimeOffset Instant(DateTime local) => FrenchTime.ToInstant(local).ToUniversalTime();

    /// <summary>Gets the French wall-clock time of an instant.</summary>
    /// <param name="instant">The instant.</param>
    /// <returns>The wall-clock time.</returns>
    public static DateTime Local(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, SchoolCalendar.TimeZone).DateTime;
}
