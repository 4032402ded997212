using Ent.Plugins.Grades.Access;
using GraphQL;
using Microsoft.Extensions.DependencyInjection;

namespace Ent.Plugins.Grades.GraphQL;

/// <summary>Finds the request's <see cref="GradeAccess"/> from a resolver.</summary>
internal static class GradeAccessLookup
{
    public static GradeAccess Grades(this IResolveFieldContext context) =>
        context.RequestServices!.GetRequiredService<GradeAccess>();
}
