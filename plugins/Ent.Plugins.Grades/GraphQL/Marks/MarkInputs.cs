using Ent.Plugins.Grades.Domain;
using GraphQL.Types;

namespace Ent.Plugins.Grades.GraphQL.Marks;

internal sealed class EnterMarksInput
{
    public string EvaluationId { get; set; } = string.Empty;

    public List<MarkEntry> Marks { get; set; } = [];
}

internal sealed class MarkEntry
{
    public string StudentId { get; set; } = string.Empty;

    public decimal? Value { get; set; }

    public MarkAnnotation? Annotation { get; set; }
}

internal sealed class EnterMarksInputType : InputObjectGraphType<EnterMarksInput>
{
    public EnterMarksInputType()
    {
        Name = "EnterMarksInput";
        Description = "Marks to enter or correct in one evaluation, all or none.";
        Field(i => i.EvaluationId, type: typeof(NonNullGraphType<IdGraphType>)).Description("The evaluation, which you may write, in a period open for entry.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<MarkEntryInputType>>>>("marks")
            .Description($"One entry per student, at most {MarkMutations.MaxEntries}; students left out keep their mark.");
    }
}

internal sealed class MarkEntryInputType : InputObjectGraphType<MarkEntry>
{
    public MarkEntryInputType()
    {
        Name = "MarkEntryInput";
        Description = "A student's mark. With neither a value nor an annotation, the student's mark is removed.";
        Field(i => i.StudentId, type: typeof(NonNullGraphType<IdGraphType>)).Description("The student, in the evaluation's class or group.");
        Field(i => i.Value, nullable: true).Description("The number, from 0 to the evaluation's maximum, two decimals at most. Required for a bonus; not allowed for absent, exempt, not graded.");
        Field<EnumerationGraphType<MarkAnnotation>>("annotation").Description("The annotation, if any.");
    }
}
