using Ent.Directory;
using GraphQL.Types;

namespace Ent.Host.Directory.GraphQL;

internal sealed class SchoolYearType : ObjectGraphType<SchoolYear>
{
    public SchoolYearType()
    {
        Name = "SchoolYear";
        Description = "A school's year, such as 2026-2027.";
        Field(y => y.Name).Description("The year's name, such as 2026-2027.");
        Field(y => y.StartDate).Description("The first day.");
        Field(y => y.EndDate).Description("The last day.");
    }
}
