using Ent.GraphQL;
using Ent.Plugins.Grades.Domain;

namespace Ent.Plugins.Grades.GraphQL;

/// <summary>Collects what is wrong with a mutation's input, each with the path of the input field concerned.</summary>
internal sealed class InputErrors
{
    private readonly List<UserError> _errors = [];

    public IReadOnlyList<UserError> All => _errors;

    public bool HasAny => _errors.Count > 0;

    public void Add(string code, string message, params string[] field) =>
        _errors.Add(new UserError(code, message, field.Length == 0 ? null : field));

    public void Add(GradeProblem? problem, params string[] field)
    {
        if (problem is not null)
        {
            Add(problem.Code, problem.Message, field);
        }
    }

    public void NotFound(string what, params string[] field) =>
        Add(GradeErrorCodes.NotFound, $"{what} not found.", field);

    public void NotAllowed(string message, params string[] field) =>
        Add(GradeErrorCodes.NotAllowed, message, field);

    /// <summary>Decodes a global ID of the given type, or records <see cref="GradeErrorCodes.InvalidId"/>.</summary>
    /// <param name="id">The ID, or <see langword="null"/> when the field was left out.</param>
    /// <param name="typeName">The GraphQL type the ID must name.</param>
    /// <param name="field">The input field.</param>
    /// <returns>The key, or <see langword="null"/>.</returns>
    public Guid? Decode(string? id, string typeName, params string[] field)
    {
        if (id is null)
        {
            return null;
        }

        if (GlobalId.TryDecode(id, out var type, out var key) && type == typeName)
        {
            return key;
        }

        Add(GradeErrorCodes.InvalidId, $"This is not the ID of a {typeName}.", field);
        return null;
    }
}
