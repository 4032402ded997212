using Ent.Directory;
using Ent.GraphQL;
using Ent.GraphQL.Loading;
using Ent.Plugins.Grades.Data;
using Ent.Plugins.Grades.Domain;
using GraphQL.Types;

namespace Ent.Plugins.Grades.GraphQL.Marks;

internal sealed class MarkCorrectionType : ObjectGraphType<MarkCorrection>
{
    public MarkCorrectionType()
    {
        Name = "MarkCorrection";
        Description = "A change to a mark after its evaluation was published. A removed mark has neither a new value nor a new annotation.";
        Field(c => c.CorrectedAt).Description("When the mark was changed.");
        Field("correctedBy", new GraphQLTypeReference(CoreTypeNames.Person))
            .Description("Who changed it.")
            .Resolve(context => context.LoadById<GradesDbContext, Person>(context.Source.CorrectedById));
        Field(c => c.PreviousValue, nullable: true).Description("The number before.");
        Field<EnumerationGraphType<MarkAnnotation>>("previousAnnotation").Description("The annotation before.").Resolve(context => context.Source.PreviousAnnotation);
        Field(c => c.NewValue, nullable: true).Description("The number after.");
        Field<EnumerationGraphType<MarkAnnotation>>("newAnnotation").Description("The annotation after.").Resolve(context => context.Source.NewAnnotation);
    }
}
