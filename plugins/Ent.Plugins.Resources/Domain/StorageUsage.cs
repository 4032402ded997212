namespace Ent.Plugins.Resources.Domain;

/// <summary>
/// The bytes a person's resources take, versions and trash included, kept as a counter that an upload increases
/// only if the result stays within the quota, in the same transaction that records the version.
/// </summary>
internal sealed class PersonUsage
{
    public Guid PersonId { get; set; }

    public required string TenantId { get; set; }

    public long UsedBytes { get; set; }
}

/// <summary>The bytes the resources of a school take, kept as <see cref="PersonUsage"/> is.</summary>
internal sealed class SchoolUsage
{
    public Guid SchoolId { get; set; }

    public required string TenantId { get; set; }

    public long UsedBytes { get; set; }
}
