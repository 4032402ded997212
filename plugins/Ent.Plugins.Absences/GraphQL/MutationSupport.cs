using Ent.Events;
using Ent.GraphQL;
using Ent.Plugins.Absences.Domain;
using GraphQL;
using Microsoft.Extensions.DependencyInjection;

namespace Ent.Plugins.Absences.GraphQL;

/// <summary>The result of a mutation: the object written, or the user errors and nothing written.</summary>
/// <typeparam name="T">The object's type.</typeparam>
/// <param name="Value">The object, when the mutation succeeded.</param>
/// <param name="Errors">The mistakes in the input.</param>
internal sealed record Payload<T>(T? Value, IReadOnlyList<UserError> Errors)
    where T : class
{
    public static Payload<T> Success(T value) => new(value, []);

    public static Payload<T> Failure(IReadOnlyList<UserError> errors) => new(null, errors);

    public static Payload<T> Failure(string code, string message, params string[] field) => new(null, [new UserError(code, message, field.Length > 0 ? field : null)]);
}

/// <summary>Shared steps of the plugin's mutations.</summary>
internal static class MutationSupport
{
    /// <summary>Decodes a global ID an input carries, recording a user error when it is malformed or of another type.</summary>
    public static Guid? Decode(string? id, string typeName, List<UserError> errors, params string[] field)
    {
        if (GlobalId.TryDecode(id, out var type, out var key) && type == typeName)
        {
            return key;
        }

        errors.Add(new UserError(AbsenceErrorCodes.NotFound, $"No {typeName} has this ID.", field));
        return null;
    }

    /// <summary>Publishes domain events after the change they report is saved.</summary>
    public static async Task PublishAsync(IResolveFieldContext context, IEnumerable<IDomainEvent> domainEvents)
    {
        var publisher = context.RequestServices!.GetRequiredService<IDomainEventPublisher>();
        foreach (var domainEvent in domainEvents)
        {
            await PublishOneAsync(publisher, domainEvent, context.CancellationToken);
        }
    }

    private static Task PublishOneAsync(IDomainEventPublisher publisher, IDomainEvent domainEvent, CancellationToken cancellationToken) => domainEvent switch
    {
        Events.AbsenceRecorded e => publisher.PublishAsync(e, cancellationToken),
        Events.JustificationSubmitted e => publisher.PublishAsync(e, cancellationToken),
        Events.JustificationDecided e => publisher.PublishAsync(e, cancellationToken),
        Events.AbsenceThresholdCrossed e => publisher.PublishAsync(e, cancellationToken),
        _ => publisher.PublishAsync(domainEvent, cancellationToken),
    };

    /// <summary>The domain event of a recorded absence or lateness; none for other kinds.</summary>
    public static IDomainEvent? Recorded(AbsenceEvent e, DateTimeOffset now) => e.Kind is AbsenceEventKind.Absence or AbsenceEventKind.Lateness
        ? new Events.AbsenceRecorded(e.TenantId, now, e.Id, e.StudentId, e.SchoolId, e.Kind == AbsenceEventKind.Absence ? "ABSENCE" : "LATENESS", FrenchTime.ToInstant(e.StartsAt), FrenchTime.ToInstant(e.EndsAt), e.LateMinutes)
        : null;

    /// <summary>The domain event of a raised alert.</summary>
    public static IDomainEvent Crossed(AbsenceAlert a) =>
        new Events.AbsenceThresholdCrossed(a.TenantId, a.RaisedAt, a.Id, a.StudentId, a.SchoolId, "MONTH", a.WindowStart, a.Threshold, a.UnjustifiedHalfDays);

    /// <summary>Checks a text's length, recording a user error when it is empty (if required) or too long.</summary>
    public static string? CheckText(string? text, int maxLength, bool required, List<UserError> errors, params string[] field)
    {
        var trimmed = text?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            if (required)
            {
                errors.Add(new UserError(AbsenceErrorCodes.InvalidText, "This text must not be empty.", field));
            }

            return null;
        }

        if (trimmed.Length > maxLength)
        {
            errors.Add(new UserError(AbsenceErrorCodes.InvalidText, $"This text must be at most {maxLength} characters long.", field));
        }

        return trimmed;
    }
}
