using GraphQL.Types;

namespace Ent.GraphQL;

/// <summary>
/// The one way a plugin touches a tenant's schema: it adds its own types and adds fields to existing
/// object types (core types, the root types, or types of plugins it depends on).
/// </summary>
/// <remarks>
/// A type or field that another plugin already contributes is a start-up error naming both plugins.
/// </remarks>
public interface ISchemaContribution
{
    /// <summary>Gets the id of the plugin contributing, as named in errors.</summary>
    string PluginId { get; }

    /// <summary>
    /// Adds a graph type to the schema. Types reachable from a field are added without this; it is needed
    /// for types reachable only through an interface (such as <see cref="NodeInterfaceType"/>) and for
    /// types other plugins extend.
    /// </summary>
    /// <typeparam name="TGraphType">The graph type, created through dependency injection.</typeparam>
    void AddType<TGraphType>()
        where TGraphType : class, IGraphType;

    /// <summary>Adds fields to an existing object type.</summary>
    /// <typeparam name="TSource">
    /// The type of the objects the extended type resolves, such as a core type's source contract.
    /// </typeparam>
    /// <param name="typeName">The GraphQL name of the type, for example <see cref="CoreTypeNames.Query"/>.</param>
    /// <param name="configure">Defines the fields on a scratch type whose fields are moved to the target.</param>
    void ExtendType<TSource>(string typeName, Action<ObjectGraphType<TSource>> configure);
}
