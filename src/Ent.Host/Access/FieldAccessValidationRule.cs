using Ent.Access;
using Ent.Directory;
using Ent.GraphQL;
using Ent.Host.GraphQL.Execution;
using GraphQL;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQLParser.AST;

namespace Ent.Host.Access;

/// <summary>
/// Checks, for every field a document selects, what the field declares it needs (see
/// <see cref="FieldAccess"/>) against the viewer, before anything runs. Root fields need a signed-in viewer
/// unless they allow anonymous access; introspection is open so that tools can explore the schema.
/// </summary>
internal sealed class FieldAccessValidationRule : ValidationRuleBase, IRequestValidationRule
{
    public IValidationRule Rule => this;

    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context) => new(Visitor);

    private static readonly INodeVisitor Visitor = new MatchingNodeVisitor<GraphQLField>((node, context) =>
    {
        var field = context.TypeInfo.GetFieldDef();
        var parent = context.TypeInfo.GetParentType()?.GetNamedType();
        if (field is null || parent is null || node.Name.Value.Span.StartsWith("__", StringComparison.Ordinal))
        {
            return;
        }

        var viewer = ((IServiceProvider)context.RequestServices!).GetRequiredService<ViewerAccessor>().Viewer;
        if (field.GetMetadata<bool>(FieldAccess.AnonymousKey))
        {
            return;
        }

        var isRoot = parent == context.Schema.Query || parent == context.Schema.Mutation || parent == context.Schema.Subscription;
        var scopes = field.GetMetadata<string[]>(FieldAccess.ScopesKey);
        var profiles = field.GetMetadata<ProfileKind[]>(FieldAccess.ProfilesKey);
        if ((isRoot || scopes is not null || profiles is not null) && !viewer.IsAuthenticated)
        {
            Report(context, node, ErrorCodes.Unauthenticated, $"Sign in to read '{parent.Name}.{field.Name}'.");
            return;
        }

        if (scopes is { Length: > 0 } && !scopes.Any(viewer.Scopes.Contains))
        {
            Report(context, node, ErrorCodes.Forbidden, $"The access token does not grant the scope '{string.Join("' or '", scopes)}' that '{parent.Name}.{field.Name}' needs.");
        }
        else if (profiles is { Length: > 0 } && !profiles.Any(viewer.Has))
        {
            Report(context, node, ErrorCodes.Forbidden, $"'{parent.Name}.{field.Name}' is for {string.Join(" or ", profiles.Select(p => p.ToString().ToLowerInvariant()))} profiles.");
        }
    });

    private static void Report(ValidationContext context, GraphQLField node, string code, string message) =>
        context.ReportError(new ValidationError(context.Document.Source, null, message, node) { Code = code });
}
