namespace Ent.Plugins.Forum.Domain;

/// <summary>A right on a category given by a manager to a person, a class or a teaching group, on top of membership.</summary>
internal sealed class CategoryGrant
{
    public Guid Id { get; set; }

    public required string TenantId { get; set; }

    public Guid CategoryId { get; set; }

    public GranteeKind GranteeKind { get; set; }

    /// <summary>Gets or sets the person, class or group, as <see cref="GranteeKind"/> says.</summary>
    public Guid GranteeId { get; set; }

    public ForumRight Right { get; set; }

    public Guid GrantedById { get; set; }

    public DateTimeOffset GrantedAt { get; set; }
}

/// <summary>Who a <see cref="CategoryGrant"/> is for.</summary>
internal enum GranteeKind
{
    /// <summary>One person.</summary>
    Person,

    /// <summary>The pupils of a class, their teachers and form tutors.</summary>
    Class,

    /// <summary>The pupils of a teaching group and their teachers.</summary>
    Group,
}
