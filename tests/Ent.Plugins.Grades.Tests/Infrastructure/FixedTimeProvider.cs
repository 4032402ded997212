namespace Ent.Plugins.Grades.Tests.Infrastructure;

/// <summary>A clock stopped at a known instant, so that periods and publications are where the tests put them.</summary>
public sealed class FixedTimeProvider(DateTimeOffset now) : TimeProvider
{
    /// <summary>Monday 16 November 2026, 11:00 in Paris: the first trimester is open for entry.</summary>
    public static readonly DateTimeOffset TestNow = new(2026, 11, 16, 10, 0, 0, TimeSpan.Zero);

    public override DateTimeOffset GetUtcNow() => now;

    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;
}
