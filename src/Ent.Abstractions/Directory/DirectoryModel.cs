using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ent.Directory;

/// <summary>
/// Maps the directory's tables into every store's model, so that plugins join them in their own queries
/// (access filters, names) and the database evaluates everything in one statement. Only the directory's
/// own store creates and migrates them; every other store maps them read-only.
/// </summary>
public static class DirectoryModel
{
    /// <summary>The name of the directory's store.</summary>
    public const string StoreName = "directory";

    internal const string ForeignTableAnnotation = "Ent:ForeignTable";

    internal static void Configure(ModelBuilder modelBuilder, bool isOwner, bool isSqlite)
    {
        Table<School>(modelBuilder, "schools", isOwner, isSqlite, school =>
        {
            school.HasIndex(s => new { s.TenantId, s.Uai }).IsUnique();
            school.Property(s => s.Kind).HasConversion<string>().HasMaxLength(16);
        });
        Table<SchoolYear>(modelBuilder, "school_years", isOwner, isSqlite, year =>
        {
            year.HasIndex(y => new { y.SchoolId, y.StartDate });
            year.HasOne<School>().WithMany().HasForeignKey(y => y.SchoolId);
        });
        Table<Period>(modelBuilder, "periods", isOwner, isSqlite, period =>
        {
            period.Property(p => p.Kind).HasConversion<string>().HasMaxLength(16);
            period.HasIndex(p => new { p.SchoolId, p.StartDate });
            period.HasIndex(p => p.ClassId);
            period.HasOne<SchoolYear>().WithMany().HasForeignKey(p => p.SchoolYearId);
            period.HasOne<SchoolClass>().WithMany().HasForeignKey(p => p.ClassId);
        });
        Table<SchoolClass>(modelBuilder, "classes", isOwner, isSqlite, schoolClass =>
        {
            schoolClass.HasIndex(c => new { c.SchoolId, c.Code }).IsUnique();
            schoolClass.HasOne<School>().WithMany().HasForeignKey(c => c.SchoolId);
        });
        Table<TeachingGroup>(modelBuilder, "teaching_groups", isOwner, isSqlite, group =>
        {
            group.HasIndex(g => new { g.SchoolId, g.Code }).IsUnique();
            group.HasOne<School>().WithMany().HasForeignKey(g => g.SchoolId);
        });
        Table<Subject>(modelBuilder, "subjects", isOwner, isSqlite, subject =>
        {
            subject.HasIndex(s => new { s.SchoolId, s.Code }).IsUnique();
            subject.HasOne<School>().WithMany().HasForeignKey(s => s.SchoolId);
        });
        Table<Person>(modelBuilder, "people", isOwner, isSqlite, person =>
        {
            person.HasIndex(p => new { p.TenantId, p.ExternalId }).IsUnique();
            person.Property(p => p.FirstName).HasMaxLength(100);
            person.Property(p => p.LastName).HasMaxLength(100);
        });
        Table<Profile>(modelBuilder, "profiles", isOwner, isSqlite, profile =>
        {
            profile.Property(p => p.Kind).HasConversion<string>().HasMaxLength(16);
            profile.HasIndex(p => new { p.PersonId, p.SchoolId, p.Kind }).IsUnique();
            profile.HasIndex(p => new { p.SchoolId, p.Kind });
            profile.HasOne<Person>().WithMany().HasForeignKey(p => p.PersonId);
            profile.HasOne<School>().WithMany().HasForeignKey(p => p.SchoolId);
        });
        Table<ClassEnrollment>(modelBuilder, "class_enrollments", isOwner, isSqlite, enrollment =>
        {
            enrollment.HasKey(e => new { e.StudentId, e.ClassId });
            enrollment.HasIndex(e => e.ClassId);
            enrollment.HasOne<Person>().WithMany().HasForeignKey(e => e.StudentId);
            enrollment.HasOne<SchoolClass>().WithMany().HasForeignKey(e => e.ClassId);
        });
        Table<GroupMembership>(modelBuilder, "group_memberships", isOwner, isSqlite, membership =>
        {
            membership.HasKey(m => new { m.StudentId, m.GroupId });
            membership.HasIndex(m => m.GroupId);
            membership.HasOne<Person>().WithMany().HasForeignKey(m => m.StudentId);
            membership.HasOne<TeachingGroup>().WithMany().HasForeignKey(m => m.GroupId);
        });
        Table<FamilyLink>(modelBuilder, "family_links", isOwner, isSqlite, link =>
        {
            link.HasKey(l => new { l.RelativeId, l.StudentId });
            link.HasIndex(l => l.StudentId);
            link.HasOne<Person>().WithMany().HasForeignKey(l => l.RelativeId);
            link.HasOne<Person>().WithMany().HasForeignKey(l => l.StudentId);
        });
        Table<TeachingAssignment>(modelBuilder, "teaching_assignments", isOwner, isSqlite, assignment =>
        {
            assignment.HasIndex(a => a.TeacherId);
            assignment.HasIndex(a => a.ClassId);
            assignment.HasIndex(a => a.GroupId);
            assignment.HasOne<Person>().WithMany().HasForeignKey(a => a.TeacherId);
            assignment.HasOne<SchoolClass>().WithMany().HasForeignKey(a => a.ClassId);
            assignment.HasOne<TeachingGroup>().WithMany().HasForeignKey(a => a.GroupId);
            assignment.HasOne<Subject>().WithMany().HasForeignKey(a => a.SubjectId);
        });
        Table<FormTutor>(modelBuilder, "form_tutors", isOwner, isSqlite, tutor =>
        {
            tutor.HasKey(t => new { t.ClassId, t.TeacherId });
            tutor.HasIndex(t => t.TeacherId);
            tutor.HasOne<Person>().WithMany().HasForeignKey(t => t.TeacherId);
            tutor.HasOne<SchoolClass>().WithMany().HasForeignKey(t => t.ClassId);
        });
    }

    private static void Table<T>(ModelBuilder modelBuilder, string name, bool isOwner, bool isSqlite, Action<EntityTypeBuilder<T>> configure)
        where T : class
    {
        var entity = modelBuilder.Entity<T>();
        entity.ToTable(
            isSqlite ? $"{StoreName}_{name}" : name,
            isSqlite ? null : StoreName,
            table =>
            {
                if (!isOwner)
                {
                    table.ExcludeFromMigrations();
                }
            });
        if (!isOwner)
        {
            entity.HasAnnotation(ForeignTableAnnotation, true);
        }

        entity.Property<string>(nameof(School.TenantId)).HasMaxLength(64);
        configure(entity);
    }
}
