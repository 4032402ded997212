namespace Ent.Plugins.Resources.Domain;

/// <summary>A folder a person organises their own resources in; folders nest, and are never shared.</summary>
internal sealed class ResourceFolder
{
    public Guid Id { get; set; }

    public required string TenantId { get; set; }

    public Guid OwnerId { get; set; }

    /// <summary>Gets or sets the folder it is in, or <see langword="null"/> at the owner's root.</summary>
    public Guid? ParentId { get; set; }

    public required string Name { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
