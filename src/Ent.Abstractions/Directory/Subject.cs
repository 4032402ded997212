namespace Ent.Directory;

/// <summary>A subject (<c>matière</c>), such as Mathématiques.</summary>
public sealed class Subject
{
    /// <summary>Gets or sets the key.</summary>
    public Guid Id { get; set; }

    /// <summary>Gets or sets the tenant.</summary>
    public required string TenantId { get; set; }

    /// <summary>Gets or sets the school.</summary>
    public Guid SchoolId { get; set; }

    /// <summary>Gets or sets the code, such as <c>MATHS</c>, unique in the school.</summary>
    public required string Code { get; set; }

    /// <summary>Gets or sets the name.</summary>
    public required string Name { get; set; }
}
