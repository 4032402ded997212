namespace Ent.Plugins.Absences.Domain;

/// <summary>
/// Counts a pupil's events in half-days and hours, split into justified and unjustified.
/// </summary>
/// <remarks>
/// An absence recorded at a roll call covers its lesson as it is. An absence recorded by staff covers the
/// school time within its span: each day's morning and afternoon hours of <see cref="SchoolDay"/>, on
/// school half-days only. A half-day counts once when any absence touches it, whatever the number of
/// lessons missed; it is unjustified when any of those absences is not justified by a valid reason. Hours
/// are the length of the union of the covered time, so overlapping absences count once; time covered by
/// an unjustified absence is unjustified. Latenesses, early departures and incidents are counted apart and
/// never add half-days or hours.
/// </remarks>
internal static class AbsenceCounter
{
    private static readonly HalfDayPart[] HalfDayParts = [HalfDayPart.Morning, HalfDayPart.Afternoon];

    /// <summary>Counts the events of one pupil whose dates fall within a span.</summary>
    /// <param name="events">The pupil's events.</param>
    /// <param name="day">The school's day.</param>
    /// <param name="from">The first date counted, or <see langword="null"/> for no bound.</param>
    /// <param name="to">The last date counted, or <see langword="null"/> for no bound.</param>
    /// <returns>The counts.</returns>
    public static AbsenceCounts Count(IEnumerable<CountedEvent> events, SchoolDay day, DateOnly? from = null, DateOnly? to = null)
    {
        ArgumentNullException.ThrowIfNull(events);
        ArgumentNullException.ThrowIfNull(day);
        var list = events as IReadOnlyCollection<CountedEvent> ?? [.. events];
        return CountPieces(
            [.. list.Where(e => e.Kind == AbsenceEventKind.Absence).SelectMany(e => Pieces(e, day)).Where(p => InSpan(p.Date, from, to))],
            [.. list.Where(e => e.Kind != AbsenceEventKind.Absence && InSpan(DateOnly.FromDateTime(e.StartsAt), from, to))],
            day);
    }

    /// <summary>Counts the events of one pupil month by month, for each month with an event within the span.</summary>
    /// <param name="events">The pupil's events.</param>
    /// <param name="day">The school's day.</param>
    /// <param name="from">The first date counted, or <see langword="null"/> for no bound.</param>
    /// <param name="to">The last date counted, or <see langword="null"/> for no bound.</param>
    /// <returns>The months, oldest first.</returns>
    public static IReadOnlyList<MonthlyAbsenceCounts> CountByMonth(IEnumerable<CountedEvent> events, SchoolDay day, DateOnly? from = null, DateOnly? to = null)
    {
        ArgumentNullException.ThrowIfNull(events);
        ArgumentNullException.ThrowIfNull(day);
        var list = events as IReadOnlyCollection<CountedEvent> ?? [.. events];
        var pieces = list.Where(e => e.Kind == AbsenceEventKind.Absence).SelectMany(e => Pieces(e, day)).Where(p => InSpan(p.Date, from, to)).ToList();
        var others = list.Where(e => e.Kind != AbsenceEventKind.Absence && InSpan(DateOnly.FromDateTime(e.StartsAt), from, to)).ToList();
        var months = pieces.Select(p => MonthOf(p.Date)).Concat(others.Select(e => MonthOf(DateOnly.FromDateTime(e.StartsAt)))).Distinct().Order();
        return
        [
            .. months.Select(month => new MonthlyAbsenceCounts(
                month,
                CountPieces(
                    [.. pieces.Where(p => MonthOf(p.Date) == month)],
                    [.. others.Where(e => MonthOf(DateOnly.FromDateTime(e.StartsAt)) == month)],
                    day))),
        ];
    }

    /// <summary>Gets the first day of a date's month.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The first of the month.</returns>
    public static DateOnly MonthOf(DateOnly date) => new(date.Year, date.Month, 1);

    private static bool InSpan(DateOnly date, DateOnly? from, DateOnly? to) => (from is null || date >= from) && (to is null || date <= to);

    private static AbsenceCounts CountPieces(List<Piece> pieces, List<CountedEvent> others, SchoolDay day)
    {
        var halfDays = new HashSet<HalfDay>();
        var unjustifiedHalfDays = new HashSet<HalfDay>();
        foreach (var piece in pieces)
        {
            foreach (var halfDay in day.HalfDaysOf(piece.Start, piece.End))
            {
                halfDays.Add(halfDay);
                if (!piece.Justified)
                {
                    unjustifiedHalfDays.Add(halfDay);
                }
            }
        }

        var latenesses = others.Where(e => e.Kind == AbsenceEventKind.Lateness).ToList();
        return new AbsenceCounts(
            halfDays.Count,
            unjustifiedHalfDays.Count,
            UnionMinutes(pieces),
            UnionMinutes([.. pieces.Where(p => !p.Justified)]),
            latenesses.Count,
            latenesses.Count(e => !e.CountsAsJustified),
            latenesses.Sum(e => e.LateMinutes ?? (int)(e.EndsAt - e.StartsAt).TotalMinutes),
            others.Count(e => e.Kind == AbsenceEventKind.EarlyDeparture),
            others.Count(e => e.Kind == AbsenceEventKind.Incident));
    }

    // Cuts an absence into pieces that each lie within one date.
    private static IEnumerable<Piece> Pieces(CountedEvent absence, SchoolDay day)
    {
        if (absence.EndsAt <= absence.StartsAt)
        {
            yield break;
        }

        for (var date = DateOnly.FromDateTime(absence.StartsAt); date <= DateOnly.FromDateTime(absence.EndsAt); date = date.AddDays(1))
        {
            if (absence.FromRollCall)
            {
                var start = Max(absence.StartsAt, date.ToDateTime(TimeOnly.MinValue));
                var end = Min(absence.EndsAt, date.AddDays(1).ToDateTime(TimeOnly.MinValue));
                if (end > start)
                {
                    yield return new Piece(date, start, end, absence.CountsAsJustified);
                }

                continue;
            }

            foreach (var part in HalfDayParts)
            {
                if (!SchoolDay.IsSchoolTime(date, part))
                {
                    continue;
                }

                var (windowStart, windowEnd) = day.Window(date, part);
                var start = Max(absence.StartsAt, windowStart);
                var end = Min(absence.EndsAt, windowEnd);
                if (end > start)
                {
                    yield return new Piece(date, start, end, absence.CountsAsJustified);
                }
            }
        }
    }

    private static int UnionMinutes(List<Piece> pieces)
    {
        var total = TimeSpan.Zero;
        DateTime? runStart = null;
        var runEnd = DateTime.MinValue;
        foreach (var piece in pieces.OrderBy(p => p.Start))
        {
            if (runStart is null || piece.Start > runEnd)
            {
                if (runStart is { } started)
                {
                    total += runEnd - started;
                }

                runStart = piece.Start;
                runEnd = piece.End;
            }
            else if (piece.End > runEnd)
            {
                runEnd = piece.End;
            }
        }

        if (runStart is { } last)
        {
            total += runEnd - last;
        }

        return (int)Math.Round(total.TotalMinutes);
    }

    private static DateTime Max(DateTime a, DateTime b) => a > b ? a : b;

    private static DateTime Min(DateTime a, DateTime b) => a < b ? a : b;

    private readonly record struct Piece(DateOnly Date, DateTime Start, DateTime End, bool Justified);
}
