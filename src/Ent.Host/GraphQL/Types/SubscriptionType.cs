using Ent.GraphQL;
using GraphQL.Types;

namespace Ent.Host.GraphQL.Types;

/// <summary>The root subscription type; its fields come from plugins and the core services.</summary>
internal sealed class SubscriptionType : ObjectGraphType<object?>
{
    public SubscriptionType()
    {
        Name = CoreTypeNames.Subscription;
    }
}
