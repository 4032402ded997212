using GraphQL.Types;

namespace Ent.Plugins.Resources.GraphQL;

/// <summary>How much of a quota is used.</summary>
internal sealed record ResourceUsage(long UsedBytes, long QuotaBytes);

internal sealed class ResourceUsageType : ObjectGraphType<ResourceUsage>
{
    public ResourceUsageType()
    {
        Name = "ResourceUsage";
        Description = "How much of a storage quota the resources use, versions and trash included.";
        Field<NonNullGraphType<LongGraphType>>("usedBytes").Description("The bytes used.").Resolve(context => context.Source.UsedBytes);
        Field<NonNullGraphType<LongGraphType>>("quotaBytes").Description("The bytes allowed.").Resolve(context => context.Source.QuotaBytes);
        Field<NonNullGraphType<LongGraphType>>("remainingBytes").Description("The bytes still free.")
            .Resolve(context => Math.Max(0, context.Source.QuotaBytes - context.Source.UsedBytes));
    }
}
