using GraphQL.Types;

namespace Ent.Host.GraphQL.Schema;

/// <summary>
/// Creates the graph types of one schema, one instance per type, and records who contributed each GraphQL
/// name so that a clash names both contributors.
/// </summary>
internal sealed class GraphTypeActivator(IServiceProvider services, Func<Type, string> ownerOf) : IServiceProvider
{
    private readonly Dictionary<Type, IGraphType> _byClrType = [];
    private readonly Dictionary<string, (IGraphType Type, string Owner)> _byName = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();

    public object? GetService(Type serviceType)
    {
        if (serviceType == typeof(IServiceProvider))
        {
            return this;
        }

        if (!typeof(IGraphType).IsAssignableFrom(serviceType) || serviceType.IsAbstract || serviceType.IsGenericTypeDefinition)
        {
            return services.GetService(serviceType);
        }

        lock (_lock)
        {
            return GetOrCreate(serviceType);
        }
    }

    public IGraphType GetOrCreate(Type graphType)
    {
        lock (_lock)
        {
            if (_byClrType.TryGetValue(graphType, out var existing))
            {
                return existing;
            }

            var instance = (IGraphType)ActivatorUtilities.CreateInstance(services, graphType);
            Register(instance, ownerOf(graphType));
            return instance;
        }
    }

    public void Register(IGraphType instance, string owner)
    {
        lock (_lock)
        {
            if (!string.IsNullOrEmpty(instance.Name) && _byName.TryGetValue(instance.Name, out var clash) && clash.Type.GetType() != instance.GetType())
            {
                throw new SchemaConflictException(
                    $"The type '{instance.Name}' is defined by both {Describe(clash.Owner)} ({clash.Type.GetType().Name}) and {Describe(owner)} ({instance.GetType().Name}).");
            }

            _byClrType[instance.GetType()] = instance;
            if (!string.IsNullOrEmpty(instance.Name))
            {
                _byName[instance.Name] = (instance, owner);
            }
        }
    }

    public (IGraphType Type, string Owner)? FindByName(string name)
    {
        lock (_lock)
        {
            return _byName.TryGetValue(name, out var found) ? found : null;
        }
    }

    public static string Describe(string owner) => owner == SchemaOwners.Core ? "the host" : $"plugin '{owner}'";
}

internal static class SchemaOwners
{
    public const string Core = "core";
}
