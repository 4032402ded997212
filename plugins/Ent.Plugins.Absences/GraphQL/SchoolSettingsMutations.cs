using Ent.Directory;
using Ent.GraphQL;
using Ent.Plugins.Absences.Domain;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace Ent.Plugins.Absences.GraphQL;

/// <summary>The input of <c>saveAbsenceReason</c>.</summary>
internal sealed class SaveAbsenceReasonInput
{
    public string? ReasonId { get; set; }

    public string? SchoolId { get; set; }

    public string? Code { get; set; }

    public string Label { get; set; } = string.Empty;

    public bool CountsAsValid { get; set; }

    public bool IsActive { get; set; } = true;

    public int Position { get; set; }
}

internal sealed class SaveAbsenceReasonInputType : InputObjectGraphType<SaveAbsenceReasonInput>
{
    public SaveAbsenceReasonInputType()
    {
        Name = "SaveAbsenceReasonInput";
        Description = "A reason to create (give `schoolId` and `code`) or to change (give `reasonId`).";
        Field<IdGraphType>("reasonId").Description("The reason to change.");
        Field<IdGraphType>("schoolId").Description("The school of a new reason.");
        Field<StringGraphType>("code").Description("The code of a new reason, unique in the school (at most 32 characters).");
        Field<NonNullGraphType<StringGraphType>>("label").Description("The label shown to families (at most 100 characters).");
        Field<NonNullGraphType<BooleanGraphType>>("countsAsValid").Description("Whether an event justified with it stops counting as unjustified.");
        Field<BooleanGraphType>("isActive").Description("False to archive it: families can no longer choose it.").DefaultValue(true);
        Field<IntGraphType>("position").Description("Its rank in lists.").DefaultValue(0);
    }
}

internal sealed class AbsenceReasonPayloadType : ObjectGraphType<Payload<AbsenceReason>>
{
    public AbsenceReasonPayloadType()
    {
        Name = "AbsenceReasonPayload";
        Description = "The reason as saved, or why nothing was.";
        Field<AbsenceReasonType>("reason").Description("The reason; null when `errors` is not empty.").Resolve(context => context.Source.Value);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<UserErrorType>>>>("errors").Description("The mistakes in the input; when any, nothing was written.").Resolve(context => context.Source.Errors);
    }
}

/// <summary>The input of <c>updateAbsenceSettings</c>.</summary>
internal sealed class UpdateAbsenceSettingsInput
{
    public string SchoolId { get; set; } = string.Empty;

    public TimeOnly? MorningStartsAt { get; set; }

    public TimeOnly? MorningEndsAt { get; set; }

    public TimeOnly? AfternoonStartsAt { get; set; }

    public TimeOnly? AfternoonEndsAt { get; set; }

    public List<ThresholdInput>? Thresholds { get; set; }
}

/// <summary>A threshold in <c>updateAbsenceSettings</c>.</summary>
internal sealed class ThresholdInput
{
    public ThresholdWindow Window { get; set; }

    public int UnjustifiedHalfDays { get; set; }
}

internal sealed class UpdateAbsenceSettingsInputType : InputObjectGraphType<UpdateAbsenceSettingsInput>
{
    public UpdateAbsenceSettingsInputType()
    {
        Name = "UpdateAbsenceSettingsInput";
        Description = "A school's new school-day hours and thresholds; what is not given is kept.";
        Field<NonNullGraphType<IdGraphType>>("schoolId").Description("The school.");
        Field<TimeOnlyGraphType>("morningStartsAt").Description("When the morning's first lesson starts.");
        Field<TimeOnlyGraphType>("morningEndsAt").Description("When the morning's last lesson ends.");
        Field<TimeOnlyGraphType>("afternoonStartsAt").Description("When the afternoon starts: the half-day boundary.");
        Field<TimeOnlyGraphType>("afternoonEndsAt").Description("When the afternoon's last lesson ends.");
        Field<ListGraphType<NonNullGraphType<ThresholdInputType>>>("thresholds").Description("The thresholds, replacing the current ones; an empty list restores the default.");
    }
}

internal sealed class ThresholdInputType : InputObjectGraphType<ThresholdInput>
{
    public ThresholdInputType()
    {
        Name = "AbsenceThresholdInput";
        Description = "A number of unjustified half-days over a window that raises an alert.";
        Field<NonNullGraphType<EnumerationGraphType<ThresholdWindow>>>("window").Description("The window counted over.");
        Field<NonNullGraphType<IntGraphType>>("unjustifiedHalfDays").Description("The number of unjustified half-days, from 1 to 100.");
    }
}

internal sealed class AbsenceSettingsPayloadType : ObjectGraphType<Payload<AbsenceSettings>>
{
    public AbsenceSettingsPayloadType()
    {
        Name = "AbsenceSettingsPayload";
        Description = "The settings as saved, or why nothing was.";
        Field<AbsenceSettingsType>("settings").Description("The settings; null when `errors` is not empty.").Resolve(context => context.Source.Value);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<UserErrorType>>>>("errors").Description("The mistakes in the input; when any, nothing was written.").Resolve(context => context.Source.Errors);
    }
}

/// <summary>Staff configure their school's reasons, hours and thresholds.</summary>
internal static class SchoolSettingsEditor
{
    public static async Task<Payload<AbsenceReason>> SaveReasonAsync(IResolveFieldContext context, SaveAbsenceReasonInput input)
    {
        var policy = context.Policy();
        var tenant = policy.Viewer.TenantId;
        var cancellationToken = context.CancellationToken;
        var errors = new List<UserError>();
        var label = MutationSupport.CheckText(input.Label, 100, required: true, errors, "label");
        await using var db = await AbsenceLoaders.CreateAsync(context, cancellationToken);
        AbsenceReason? reason;
        if (input.ReasonId is not null)
        {
            var id = MutationSupport.Decode(input.ReasonId, "AbsenceReason", errors, "reasonId");
            reason = id is null ? null : await db.Reasons.FirstOrDefaultAsync(r => r.Id == id && r.TenantId == tenant, cancellationToken);
            if (reason is null || !policy.Staffs(reason.SchoolId))
            {
                return Payload<AbsenceReason>.Failure(AbsenceErrorCodes.NotFound, "No reason of a school you staff has this ID.", "reasonId");
            }
        }
        else
        {
            var schoolId = input.SchoolId is null ? null : MutationSupport.Decode(input.SchoolId, CoreTypeNames.School, errors, "schoolId");
            var code = MutationSupport.CheckText(input.Code, 32, required: true, errors, "code")?.ToUpperInvariant();
            if (errors.Count > 0 || schoolId is not { } school)
            {
                return Payload<AbsenceReason>.Failure(errors.Count > 0 ? errors : [new UserError(AbsenceErrorCodes.NotFound, "Give the school of the new reason.", ["schoolId"])]);
            }

            if (!policy.Staffs(school))
            {
                return Payload<AbsenceReason>.Failure(AbsenceErrorCodes.NotSchoolStaff, "You do not staff this school.", "schoolId");
            }

            if (await db.Reasons.AnyAsync(r => r.SchoolId == school && r.Code == code, cancellationToken))
            {
                return Payload<AbsenceReason>.Failure(AbsenceErrorCodes.DuplicateCode, "The school already has a reason with this code.", "code");
            }

            reason = new AbsenceReason { Id = Guid.CreateVersion7(context.Clock().GetUtcNow()), TenantId = tenant, SchoolId = school, Code = code!, Label = label ?? string.Empty };
            db.Reasons.Add(reason);
        }

        if (errors.Count > 0)
        {
            return Payload<AbsenceReason>.Failure(errors);
        }

        reason.Label = label!;
        reason.CountsAsValid = input.CountsAsValid;
        reason.IsActive = input.IsActive;
        reason.Position = input.Position;
        await db.SaveChangesAsync(cancellationToken);
        return Payload<AbsenceReason>.Success(reason);
    }

    public static async Task<Payload<AbsenceSettings>> UpdateSettingsAsync(IResolveFieldContext context, UpdateAbsenceSettingsInput input)
    {
        var policy = context.Policy();
        var tenant = policy.Viewer.TenantId;
        var cancellationToken = context.CancellationToken;
        var errors = new List<UserError>();
        if (MutationSupport.Decode(input.SchoolId, CoreTypeNames.School, errors, "schoolId") is not { } school)
        {
            return Payload<AbsenceSettings>.Failure(errors);
        }

        if (!policy.Staffs(school))
        {
            return Payload<AbsenceSettings>.Failure(AbsenceErrorCodes.NotSchoolStaff, "You do not staff this school.", "schoolId");
        }

        await using var db = await AbsenceLoaders.CreateAsync(context, cancellationToken);
        var settings = await db.Settings.FirstOrDefaultAsync(s => s.SchoolId == school, cancellationToken);
        var current = SchoolDay.From(settings);
        var day = new SchoolDay(
            input.MorningStartsAt ?? current.MorningStartsAt,
            input.MorningEndsAt ?? current.MorningEndsAt,
            input.AfternoonStartsAt ?? current.AfternoonStartsAt,
            input.AfternoonEndsAt ?? current.AfternoonEndsAt);
        if (!day.IsValid)
        {
            errors.Add(new UserError(AbsenceErrorCodes.InvalidTimeRange, "The morning must start, then end, before the afternoon starts, then ends.", ["morningStartsAt"]));
        }

        var thresholds = input.Thresholds ?? [];
        for (var i = 0; i < thresholds.Count; i++)
        {
            if (thresholds[i].UnjustifiedHalfDays is < 1 or > 100 || thresholds.Take(i).Any(t => t.Window == thresholds[i].Window && t.UnjustifiedHalfDays == thresholds[i].UnjustifiedHalfDays))
            {
                errors.Add(new UserError(AbsenceErrorCodes.InvalidThreshold, "A threshold is a number of half-days from 1 to 100, given once.", ["thresholds", $"{i}", "unjustifiedHalfDays"]));
            }
        }

        if (errors.Count > 0)
        {
            return Payload<AbsenceSettings>.Failure(errors);
        }

        if (settings is null)
        {
            settings = new SchoolAbsenceSettings { SchoolId = school, TenantId = tenant };
            db.Settings.Add(settings);
        }

        (settings.MorningStartsAt, settings.MorningEndsAt, settings.AfternoonStartsAt, settings.AfternoonEndsAt) = (day.MorningStartsAt, day.MorningEndsAt, day.AfternoonStartsAt, day.AfternoonEndsAt);
        if (input.Thresholds is not null)
        {
            db.Thresholds.RemoveRange(await db.Thresholds.Where(t => t.SchoolId == school).ToListAsync(cancellationToken));
            db.Thresholds.AddRange(thresholds.Select(t => new AbsenceThreshold { Id = Guid.NewGuid(), TenantId = tenant, SchoolId = school, Window = t.Window, UnjustifiedHalfDays = t.UnjustifiedHalfDays }));
        }

        await db.SaveChangesAsync(cancellationToken);
        return Payload<AbsenceSettings>.Success(await AbsenceSettingsReader.ReadAsync(db, school, cancellationToken));
    }
}
