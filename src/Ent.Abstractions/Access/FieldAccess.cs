using Ent.Directory;
using GraphQL.Builders;
using GraphQL.Types;

namespace Ent.Access;

/// <summary>
/// Declares what a field needs, in its definition. One validation step checks the declarations of every
/// field of a document before it runs, so resolvers do not check them again.
/// </summary>
/// <remarks>
/// Fields of the root types need a signed-in viewer unless they <see cref="AllowAnonymous{TSource, TReturn}"/>;
/// other fields need what they declare, on top of what their parents need.
/// </remarks>
public static class FieldAccess
{
    /// <summary>The metadata key of the scopes a field needs.</summary>
    public const string ScopesKey = "Ent:Access:Scopes";

    /// <summary>The metadata key of the profiles a field needs.</summary>
    public const string ProfilesKey = "Ent:Access:Profiles";

    /// <summary>The metadata key marking a field readable without signing in.</summary>
    public const string AnonymousKey = "Ent:Access:Anonymous";

    /// <summary>Requires the access token to grant one of these scopes, such as <c>grades:read</c>.</summary>
    /// <typeparam name="TSource">The field's source type.</typeparam>
    /// <typeparam name="TReturn">The field's return type.</typeparam>
    /// <param name="field">The field.</param>
    /// <param name="scopes">The scopes, any of which suffices.</param>
    /// <returns>The field, for chaining.</returns>
    public static FieldBuilder<TSource, TReturn> RequireScope<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field, params string[] scopes)
    {
        ArgumentNullException.ThrowIfNull(field);
        field.FieldType.RequireScope(scopes);
        return field;
    }

    /// <summary>Requires the viewer to hold one of these roles in some school.</summary>
    /// <typeparam name="TSource">The field's source type.</typeparam>
    /// <typeparam name="TReturn">The field's return type.</typeparam>
    /// <param name="field">The field.</param>
    /// <param name="profiles">The roles, any of which suffices.</param>
    /// <returns>The field, for chaining.</returns>
    public static FieldBuilder<TSource, TReturn> RequireProfile<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field, params ProfileKind[] profiles)
    {
        ArgumentNullException.ThrowIfNull(field);
        ArgumentNullException.ThrowIfNull(profiles);
        field.FieldType.Metadata[ProfilesKey] = profiles;
        return field;
    }

    /// <summary>Lets anonymous requests read a root field, such as the bouquet.</summary>
    /// <typeparam name="TSource">The field's source type.</typeparam>
    /// <typeparam name="TReturn">The field's return type.</typeparam>
    /// <param name="field">The field.</param>
    /// <returns>The field, for chaining.</returns>
    public static FieldBuilder<TSource, TReturn> AllowAnonymous<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field)
    {
        ArgumentNullException.ThrowIfNull(field);
        field.FieldType.Metadata[AnonymousKey] = true;
        return field;
    }

    /// <summary>Requires the access token to grant one of these scopes.</summary>
    /// <param name="field">The field.</param>
    /// <param name="scopes">The scopes, any of which suffices.</param>
    public static void RequireScope(this FieldType field, params string[] scopes)
    {
        ArgumentNullException.ThrowIfNull(field);
        ArgumentNullException.ThrowIfNull(scopes);
        field.Metadata[ScopesKey] = scopes;
    }
}
