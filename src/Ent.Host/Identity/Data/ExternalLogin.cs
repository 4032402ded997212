namespace Ent.Host.Identity.Data;

/// <summary>Links a user of an external provider (their subject there) to a person of the directory.</summary>
internal sealed class ExternalLogin
{
    /// <summary>Gets or sets the provider's name, as <c>Ent:Authentication:External:Provider</c> sets it.</summary>
    public required string Provider { get; set; }

    /// <summary>Gets or sets the user's subject at the provider.</summary>
    public required string Subject { get; set; }

    public Guid PersonId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
