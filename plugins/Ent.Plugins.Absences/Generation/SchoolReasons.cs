using Ent.Plugins.Absences.Domain;

namespace Ent.Plugins.Absences.Generation;

/// <summary>The reasons (motifs) generated schools accept, and what families write with each.</summary>
internal static class SchoolReasons
{
    public const string Illness = "MALADIE";
    public const string Appointment = "RDV_MEDICAL";
    public const string Family = "FAMILLE";
    public const string Transport = "TRANSPORT";
    public const string Convenience = "CONVENANCE";

    private static readonly (string Code, string Label, bool CountsAsValid)[] Reasons =
    [
        (Illness, "Maladie", true),
        (Appointment, "Rendez-vous médical", true),
        (Family, "Raison familiale", true),
        (Transport, "Problème de transport", true),
        (Convenience, "Convenance personnelle", false),
    ];

    private static readonly Dictionary<string, string[]> Messages = new(StringComparer.Ordinal)
    {
        [Illness] = ["Mon enfant avait de la fièvre, il est resté à la maison.", "Gastro-entérite, certificat médical joint.", "Angine : le médecin a prescrit deux jours de repos.", "Forte migraine, elle n'a pas pu venir."],
        [Appointment] = ["Rendez-vous chez l'orthodontiste.", "Rendez-vous chez l'ophtalmologue, impossible à décaler.", "Séance de kinésithérapie."],
        [Family] = ["Obsèques d'un proche.", "Raison familiale, nous vous en dirons plus de vive voix.", "Mariage dans la famille."],
        [Transport] = ["Le car scolaire est arrivé en retard.", "Panne de voiture ce matin.", "Le train avait du retard."],
        [Convenience] = ["Départ anticipé en week-end.", "Il était très fatigué.", "Nous avons dû partir plus tôt."],
    };

    /// <summary>Gets the comments staff write when they refuse a justification.</summary>
    public static IReadOnlyList<string> RefusalComments { get; } =
    [
        "Motif non recevable : merci de prendre rendez-vous avec la CPE.",
        "Ce motif ne justifie pas une absence en cours.",
        "Justificatif illisible, merci de le renvoyer.",
    ];

    /// <summary>Creates a school's reasons, in their order.</summary>
    /// <param name="tenantId">The tenant.</param>
    /// <param name="schoolId">The school.</param>
    /// <param name="createdAt">When they were configured.</param>
    /// <param name="random">The seeded sequence of keys.</param>
    /// <returns>The reasons.</returns>
    public static List<AbsenceReason> For(string tenantId, Guid schoolId, DateTimeOffset createdAt, Random random) =>
    [
        .. Reasons.Select((reason, i) => new AbsenceReason
        {
            Id = GeneratedIds.At(createdAt, random), TenantId = tenantId, SchoolId = schoolId,
            Code = reason.Code, Label = reason.Label, CountsAsValid = reason.CountsAsValid, Position = i + 1,
        }),
    ];

    /// <summary>Picks a message a family writes with a reason.</summary>
    /// <param name="code">The reason's code.</param>
    /// <param name="random">The seeded sequence.</param>
    /// <returns>The message.</returns>
    public static string Message(string code, Random random) =>
        Messages.TryGetValue(code, out var messages) ? messages[random.Next(messages.Length)] : "Absence justifiée par la famille.";
}
