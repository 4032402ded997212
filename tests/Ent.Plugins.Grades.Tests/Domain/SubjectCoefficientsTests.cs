using Ent.Plugins.Grades.Domain;
using Xunit;

namespace Ent.Plugins.Grades.Tests.Domain;

public sealed class SubjectCoefficientsTests
{
    private static readonly Guid School = Guid.NewGuid();
    private static readonly Guid OtherSchool = Guid.NewGuid();
    private static readonly Guid Class = Guid.NewGuid();

    [Fact]
    public void A_class_coefficient_overrides_the_schools_which_overrides_the_default()
    {
        var subject = Guid.NewGuid();
        var otherClass = Guid.NewGuid();
        SubjectCoefficient[] coefficients =
        [
            new() { TenantId = "t", SchoolId = School, SubjectId = subject, Coefficient = 3 },
            new() { TenantId = "t", SchoolId = School, SubjectId = subject, ClassId = Class, Coefficient = 4 },
        ];

        Assert.Equal(4m, SubjectCoefficients.Of(coefficients, School, Class, subject));
        Assert.Equal(3m, SubjectCoefficients.Of(coefficients, School, otherClass, subject));
        Assert.Equal(1m, SubjectCoefficients.Of(coefficients, School, Class, Guid.NewGuid()));
        Assert.Equal(1m, SubjectCoefficients.Of(coefficients, OtherSchool, Class, subject));
    }
}
