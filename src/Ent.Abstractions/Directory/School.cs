namespace Ent.Directory;

/// <summary>A collège or lycée.</summary>
public sealed class School
{
    /// <summary>Gets or sets the key.</summary>
    public Guid Id { get; set; }

    /// <summary>Gets or sets the tenant that runs the school.</summary>
    public required string TenantId { get; set; }

    /// <summary>Gets or sets the national identifier (UAI), such as <c>0410001A</c>.</summary>
    public required string Uai { get; set; }

    /// <summary>Gets or sets the name.</summary>
    public required string Name { get; set; }

    /// <summary>Gets or sets whether it is a collège or a lycée.</summary>
    public SchoolKind Kind { get; set; }

    /// <summary>Gets or sets the town.</summary>
    public string? City { get; set; }
}
