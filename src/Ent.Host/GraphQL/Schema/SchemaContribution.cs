using Ent.GraphQL;
using GraphQL.Types;

namespace Ent.Host.GraphQL.Schema;

/// <summary>Records what one plugin contributes to a schema, to be applied by <see cref="SchemaFactory"/>.</summary>
internal sealed class SchemaContribution(string pluginId) : ISchemaContribution
{
    public string PluginId { get; } = pluginId;

    public List<Type> Types { get; } = [];

    public List<TypeExtension> Extensions { get; } = [];

    public void AddType<TGraphType>()
        where TGraphType : class, IGraphType => Types.Add(typeof(TGraphType));

    public void ExtendType<TSource>(string typeName, Action<ObjectGraphType<TSource>> configure)
    {
        ArgumentException.ThrowIfNullOrEmpty(typeName);
        ArgumentNullException.ThrowIfNull(configure);
        Extensions.Add(new TypeExtension(typeName, () =>
        {
            var scratch = new ObjectGraphType<TSource>();
            configure(scratch);
            return scratch.Fields;
        }));
    }
}

/// <summary>Fields one plugin adds to a type, created afresh for each schema.</summary>
internal sealed record TypeExtension(string TypeName, Func<IEnumerable<FieldType>> CreateFields);
