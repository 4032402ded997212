namespace Ent.Plugins.Resources.Domain;

/// <summary>A right on a resource given to a class, a teaching group or a person of the resource's school.</summary>
internal sealed class ResourceShare
{
    public Guid Id { get; set; }

    public required string TenantId { get; set; }

    public Guid ResourceId { get; set; }

    public ShareTargetKind TargetKind { get; set; }

    /// <summary>Gets or sets the class, group or person, as <see cref="TargetKind"/> says.</summary>
    public Guid TargetId { get; set; }

    public ResourceRight Right { get; set; }

    public Guid SharedById { get; set; }

    public DateTimeOffset SharedAt { get; set; }
}

/// <summary>Who a share is given to.</summary>
internal enum ShareTargetKind
{
    /// <summary>The pupils of a class, its teachers, the staff of its school and, where allowed, the pupils' relatives.</summary>
    Class,

    /// <summary>The pupils of a teaching group, its teachers, the staff of its school and, where allowed, the pupils' relatives.</summary>
    Group,

    /// <summary>One person.</summary>
    Person,
}

/// <summary>What a share allows; each right includes the ones before it. Stored as its number, so that the strongest of several is their maximum.</summary>
internal enum ResourceRight
{
    /// <summary>List, read and download the resource and its versions; follow it.</summary>
    Read = 1,

    /// <summary>Also upload new versions and edit the title, description, subject, level and tags.</summary>
    Contribute = 2,

    /// <summary>Also share, unshare and move the resource to its owner's trash.</summary>
    Manage = 3,
}
