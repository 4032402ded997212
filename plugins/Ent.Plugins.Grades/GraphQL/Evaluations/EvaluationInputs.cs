using Ent.Plugins.Grades.Domain;
using GraphQL.Types;

namespace Ent.Plugins.Grades.GraphQL.Evaluations;

internal sealed class CreateEvaluationInput
{
    public string? ClassId { get; set; }

    public string? GroupId { get; set; }

    public string SubjectId { get; set; } = string.Empty;

    public string? PeriodId { get; set; }

    public DateOnly Date { get; set; }

    public string Title { get; set; } = string.Empty;

    public string? Description { get; set; }

    public EvaluationKind Kind { get; set; }

    public decimal Coefficient { get; set; }

    public decimal MaxMark { get; set; }

    public DateTimeOffset? PublishAt { get; set; }
}

internal sealed class CreateEvaluationInputType : InputObjectGraphType<CreateEvaluationInput>
{
    public CreateEvaluationInputType()
    {
        Name = "CreateEvaluationInput";
        Description = "A new evaluation. Give either a class or a teaching group; you must teach the subject to it.";
        Field(i => i.ClassId, type: typeof(IdGraphType)).Description("The class marked.");
        Field(i => i.GroupId, type: typeof(IdGraphType)).Description("The teaching group marked.");
        Field(i => i.SubjectId, type: typeof(NonNullGraphType<IdGraphType>)).Description("The subject.");
        Field(i => i.PeriodId, type: typeof(IdGraphType)).Description("The period; by default the class's period that contains the date.");
        Field(i => i.Date).Description("The day of the evaluation; it must fall within the period.");
        Field(i => i.Title).Description($"The title, at most {EvaluationRules.TitleMaxLength} characters.");
        Field(i => i.Description, nullable: true).Description($"What it covers, at most {EvaluationRules.DescriptionMaxLength} characters.");
        Field<NonNullGraphType<EnumerationGraphType<EvaluationKind>>>("kind").Description("The kind of work.").DefaultValue(EvaluationKind.Written);
        Field<NonNullGraphType<DecimalGraphType>>("coefficient").Description("The weight in the subject's average: greater than 0, at most 100, two decimals.").DefaultValue(EvaluationRules.DefaultCoefficient);
        Field<NonNullGraphType<DecimalGraphType>>("maxMark").Description("The mark of a perfect answer: greater than 0, at most 1000, two decimals.").DefaultValue(EvaluationRules.DefaultMaxMark);
        Field(i => i.PublishAt, nullable: true).Description("When students and relatives see it; a past time means now. Leave it out to keep it a draft.");
    }
}

internal sealed class UpdateEvaluationInput
{
    public string EvaluationId { get; set; } = string.Empty;

    public string? PeriodId { get; set; }

    public DateOnly? Date { get; set; }

    public string? Title { get; set; }

    public string? Description { get; set; }

    public EvaluationKind? Kind { get; set; }

    public decimal? Coefficient { get; set; }

    public decimal? MaxMark { get; set; }
}

internal sealed class UpdateEvaluationInputType : InputObjectGraphType<UpdateEvaluationInput>
{
    public UpdateEvaluationInputType()
    {
        Name = "UpdateEvaluationInput";
        Description = "Changes to an evaluation you may write, in a period open for entry. Fields left out or null keep their value.";
        Field(i => i.EvaluationId, type: typeof(NonNullGraphType<IdGraphType>)).Description("The evaluation.");
        Field(i => i.PeriodId, type: typeof(IdGraphType)).Description("The new period; the date must fall within it.");
        Field(i => i.Date, nullable: true).Description("The new day; by default the evaluation moves to the period that contains it.");
        Field(i => i.Title, nullable: true).Description("The new title.");
        Field(i => i.Description, nullable: true).Description("The new description; an empty string removes it.");
        Field<EnumerationGraphType<EvaluationKind>>("kind").Description("The new kind.");
        Field(i => i.Coefficient, nullable: true).Description("The new coefficient.");
        Field(i => i.MaxMark, nullable: true).Description("The new maximum mark; no entered mark may be above it.");
    }
}

internal sealed class EvaluationIdInput
{
    public string EvaluationId { get; set; } = string.Empty;
}

internal sealed class DeleteEvaluationInputType : InputObjectGraphType<EvaluationIdInput>
{
    public DeleteEvaluationInputType()
    {
        Name = "DeleteEvaluationInput";
        Description = "An evaluation to delete with its marks, in a period open for entry.";
        Field(i => i.EvaluationId, type: typeof(NonNullGraphType<IdGraphType>)).Description("The evaluation.");
    }
}

internal sealed class PublishEvaluationInput
{
    public string EvaluationId { get; set; } = string.Empty;

    public DateTimeOffset? PublishAt { get; set; }
}

internal sealed class PublishEvaluationInputType : InputObjectGraphType<PublishEvaluationInput>
{
    public PublishEvaluationInputType()
    {
        Name = "PublishEvaluationInput";
        Description = "When students and relatives start seeing an evaluation and its marks.";
        Field(i => i.EvaluationId, type: typeof(NonNullGraphType<IdGraphType>)).Description("The evaluation, not yet published.");
        Field(i => i.PublishAt, nullable: true).Description("When; by default, and for any past time, now. A later time schedules the publication.");
    }
}
