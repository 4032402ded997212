namespace Ent.Directory;

/// <summary>A class (<c>classe</c>), such as 4e B.</summary>
public sealed class SchoolClass
{
    /// <summary>Gets or sets the key.</summary>
    public Guid Id { get; set; }

    /// <summary>Gets or sets the tenant.</summary>
    public required string TenantId { get; set; }

    /// <summary>Gets or sets the school.</summary>
    public Guid SchoolId { get; set; }

    /// <summary>Gets or sets the code the directory feed uses, unique in the school.</summary>
    public required string Code { get; set; }

    /// <summary>Gets or sets the name, such as <c>4e B</c>.</summary>
    public required string Name { get; set; }

    /// <summary>Gets or sets the level, such as <c>4e</c> or <c>2nde</c>.</summary>
    public required string Level { get; set; }
}
