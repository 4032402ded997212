using Ent.Access;
using Ent.Directory;
using Ent.GraphQL;
using Ent.Plugins.Grades.Domain;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace Ent.Plugins.Grades.GraphQL.Averages;

internal sealed class SetSubjectCoefficientInput
{
    public string SubjectId { get; set; } = string.Empty;

    public string? ClassId { get; set; }

    public decimal Coefficient { get; set; }
}

internal sealed class SetSubjectCoefficientInputType : InputObjectGraphType<SetSubjectCoefficientInput>
{
    public SetSubjectCoefficientInputType()
    {
        Name = "SetSubjectCoefficientInput";
        Description = "The weight of a subject in overall averages, for the whole school or for one class.";
        Field(i => i.SubjectId, type: typeof(NonNullGraphType<IdGraphType>)).Description("The subject.");
        Field(i => i.ClassId, type: typeof(IdGraphType)).Description("The class it applies to, overriding the school's; leave it out for the whole school.");
        Field(i => i.Coefficient).Description("The weight: greater than 0, at most 100, two decimals. Subjects without one weigh 1.");
    }
}

internal sealed record SubjectCoefficientPayload(Subject? Subject, SchoolClass? Class, decimal? Coefficient, IReadOnlyList<UserError> Errors) : IPayload;

internal sealed class SetSubjectCoefficientPayloadType : PayloadType<SubjectCoefficientPayload>
{
    public SetSubjectCoefficientPayloadType()
        : base("SetSubjectCoefficientPayload", "The result of setSubjectCoefficient.")
    {
        Field("subject", new GraphQLTypeReference(CoreTypeNames.Subject)).Description("The subject; null when there are errors.").Resolve(context => context.Source.Subject);
        Field("class", new GraphQLTypeReference(CoreTypeNames.Class)).Description("The class, when the weight is the class's own.").Resolve(context => context.Source.Class);
        Field<DecimalGraphType>("coefficient").Description("The weight saved; null when there are errors.").Resolve(context => context.Source.Coefficient);
    }
}

/// <summary>setSubjectCoefficient: the plugin's own table of subject weights, as the directory has none.</summary>
internal static class SubjectCoefficientMutations
{
    public static void AddFields(ObjectGraphType<object?> mutation) =>
        mutation.Field<NonNullGraphType<SetSubjectCoefficientPayloadType>>("setSubjectCoefficient")
            .Description("Sets the weight of a subject in the overall averages of a school, or of one of its classes; for the school's staff.")
            .RequireScope(GradesScopes.Write)
            .RequireProfile(ProfileKind.Personnel)
            .Argument<NonNullGraphType<SetSubjectCoefficientInputType>>("input", "The subject, the class if any, and the weight.")
            .ResolveAsync(async context => await SetAsync(context, context.GetArgument<SetSubjectCoefficientInput>("input")));

    private static async Task<SubjectCoefficientPayload> SetAsync(IResolveFieldContext context, SetSubjectCoefficientInput input)
    {
        var grades = context.Grades();
        var cancellationToken = context.CancellationToken;
        var errors = new InputErrors();
        var subjectId = errors.Decode(input.SubjectId, CoreTypeNames.Subject, "subjectId");
        var classId = errors.Decode(input.ClassId, CoreTypeNames.Class, "classId");
        errors.Add(EvaluationRules.CheckCoefficient(input.Coefficient), "coefficient");
        if (errors.HasAny)
        {
            return Failed(errors);
        }

        await using var db = await grades.CreateStoreAsync(cancellationToken);
        var tenant = grades.TenantId;
        var schools = grades.Policy.MemberSchools();
        var subject = await db.Set<Subject>().AsNoTracking().FirstOrDefaultAsync(s => s.Id == subjectId && s.TenantId == tenant && schools.Contains(s.SchoolId), cancellationToken);
        if (subject is null)
        {
            errors.NotFound("Subject", "subjectId");
            return Failed(errors);
        }

        if (!grades.Policy.StaffedSchools().Contains(subject.SchoolId))
        {
            errors.NotAllowed("Only the school's staff may set subject coefficients.", "subjectId");
            return Failed(errors);
        }

        SchoolClass? schoolClass = null;
        if (classId is { } id)
        {
            schoolClass = await db.Set<SchoolClass>().AsNoTracking().FirstOrDefaultAsync(c => c.Id == id && c.SchoolId == subject.SchoolId, cancellationToken);
            if (schoolClass is null)
            {
                errors.NotFound("Class", "classId");
                return Failed(errors);
            }
        }

        var coefficient = await db.SubjectCoefficients.FirstOrDefaultAsync(
            c => c.SchoolId == subject.SchoolId && c.SubjectId == subject.Id && c.ClassId == classId, cancellationToken);
        if (coefficient is null)
        {
            coefficient = new SubjectCoefficient { Id = Guid.CreateVersion7(), TenantId = tenant, SchoolId = subject.SchoolId, SubjectId = subject.Id, ClassId = classId };
            db.SubjectCoefficients.Add(coefficient);
        }

        coefficient.Coefficient = input.Coefficient;
        await db.SaveChangesAsync(cancellationToken);
        return new SubjectCoefficientPayload(subject, schoolClass, coefficient.Coefficient, []);
    }

    private static SubjectCoefficientPayload Failed(InputErrors errors) => new(null, null, null, errors.All);
}
