namespace Ent.Directory;

/// <summary>A teaching group (<c>groupe</c>) gathering pupils across classes, such as Latin 4e.</summary>
public sealed class TeachingGroup
{
    /// <summary>Gets or sets the key.</summary>
    public Guid Id { get; set; }

    /// <summary>Gets or sets the tenant.</summary>
    public required string TenantId { get; set; }

    /// <summary>Gets or sets the school.</summary>
    public Guid SchoolId { get; set; }

    /// <summary>Gets or sets the code the directory feed uses, unique in the school.</summary>
    public required string Code { get; set; }

    /// <summary>Gets or sets the name.</summary>
    public required string Name { get; set; }
}
