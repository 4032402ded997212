using GraphQL.Types;

namespace Ent.GraphQL;

/// <summary>
/// A mistake in a mutation's input, returned in the payload's <c>errors</c> list rather than as a GraphQL
/// error, so that apps can show it beside the field it concerns.
/// </summary>
/// <param name="Code">A stable code, documented by the plugin, such as <c>MARK_ABOVE_MAXIMUM</c>.</param>
/// <param name="Message">A sentence for the user.</param>
/// <param name="Field">The path of the input field concerned, such as <c>["marks", "3", "value"]</c>, if any.</param>
public sealed record UserError(string Code, string Message, IReadOnlyList<string>? Field = null);

/// <summary>The GraphQL type of <see cref="UserError"/>.</summary>
public sealed class UserErrorType : ObjectGraphType<UserError>
{
    /// <summary>Initializes the type.</summary>
    public UserErrorType()
    {
        Name = "UserError";
        Description = "A mistake in a mutation's input. Nothing was written when a payload carries one.";
        Field(error => error.Code).Description("A stable code to branch on.");
        Field(error => error.Message).Description("A sentence for the user.");
        Field(error => error.Field, nullable: true).Description("The path of the input field concerned, if any.");
    }
}
