namespace Ent.Plugins.Grades;

/// <summary>The OAuth scopes of the grades fields.</summary>
internal static class GradesScopes
{
    /// <summary>Reads evaluations, marks, averages and report cards.</summary>
    public const string Read = "grades:read";

    /// <summary>Sets evaluations, enters marks, writes comments and coefficients.</summary>
    public const string Write = "grades:write";
}
