namespace Ent.Directory;

/// <summary>A pupil's place in a class.</summary>
public sealed class ClassEnrollment
{
    /// <summary>Gets or sets the tenant.</summary>
    public required string TenantId { get; set; }

    /// <summary>Gets or sets the pupil.</summary>
    public Guid StudentId { get; set; }

    /// <summary>Gets or sets the class.</summary>
    public Guid ClassId { get; set; }
}

/// <summary>A pupil's place in a teaching group.</summary>
public sealed class GroupMembership
{
    /// <summary>Gets or sets the tenant.</summary>
    public required string TenantId { get; set; }

    /// <summary>Gets or sets the pupil.</summary>
    public Guid StudentId { get; set; }

    /// <summary>Gets or sets the group.</summary>
    public Guid GroupId { get; set; }
}

/// <summary>A relative's link to a pupil. A relative may have several children, in several schools.</summary>
public sealed class FamilyLink
{
    /// <summary>Gets or sets the tenant.</summary>
    public required string TenantId { get; set; }

    /// <summary>Gets or sets the relative.</summary>
    public Guid RelativeId { get; set; }

    /// <summary>Gets or sets the pupil.</summary>
    public Guid StudentId { get; set; }

    /// <summary>Gets or sets the relationship, such as <c>mère</c>, <c>père</c> or <c>tuteur</c>.</summary>
    public string? Relationship { get; set; }

    /// <summary>Gets or sets whether the relative is a legal guardian.</summary>
    public bool IsLegalGuardian { get; set; } = true;
}

/// <summary>A teacher teaching a subject to a class or to a group.</summary>
public sealed class TeachingAssignment
{
    /// <summary>Gets or sets the key.</summary>
    public Guid Id { get; set; }

    /// <summary>Gets or sets the tenant.</summary>
    public required string TenantId { get; set; }

    /// <summary>Gets or sets the school.</summary>
    public Guid SchoolId { get; set; }

    /// <summary>Gets or sets the teacher.</summary>
    public Guid TeacherId { get; set; }

    /// <summary>Gets or sets the class taught, when not a group.</summary>
    public Guid? ClassId { get; set; }

    /// <summary>Gets or sets the group taught, when not a class.</summary>
    public Guid? GroupId { get; set; }

    /// <summary>Gets or sets the subject.</summary>
    public Guid SubjectId { get; set; }
}

/// <summary>A teacher who is form tutor (<c>professeur principal</c>) of a class and sees its whole record.</summary>
public sealed class FormTutor
{
    /// <summary>Gets or sets the tenant.</summary>
    public required string TenantId { get; set; }

    /// <summary>Gets or sets the class.</summary>
    public Guid ClassId { get; set; }

    /// <summary>Gets or sets the teacher.</summary>
    public Guid TeacherId { get; set; }
}
