using GraphQL;

namespace Ent.GraphQL;

/// <summary>Fetches an object of one GraphQL type by the key of its global ID.</summary>
public interface INodeResolver
{
    /// <summary>
    /// Fetches the object, or returns <see langword="null"/> when it does not exist or the caller may not
    /// see it: the two cases must look the same to the caller.
    /// </summary>
    /// <param name="context">The context of the <c>node</c> field being resolved.</param>
    /// <param name="key">The key carried by the global ID.</param>
    /// <returns>The object or <see langword="null"/>.</returns>
    ValueTask<object?> ResolveNodeAsync(IResolveFieldContext context, Guid key);
}
