using Ent.Data;
using Ent.Directory;
using Microsoft.EntityFrameworkCore;

namespace Ent.Host.Directory.Data;

/// <summary>The directory's store: the one that creates and migrates the directory's tables.</summary>
[StoreName(DirectoryModel.StoreName)]
internal sealed class DirectoryDbContext(DbContextOptions<DirectoryDbContext> options) : EntDbContext(options)
{
    public DbSet<School> Schools => Set<School>();

    public DbSet<SchoolYear> SchoolYears => Set<SchoolYear>();

    public DbSet<Period> Periods => Set<Period>();

    public DbSet<SchoolClass> Classes => Set<SchoolClass>();

    public DbSet<TeachingGroup> Groups => Set<TeachingGroup>();

    public DbSet<Subject> Subjects => Set<Subject>();

    public DbSet<Person> People => Set<Person>();

    public DbSet<Profile> Profiles => Set<Profile>();

    public DbSet<ClassEnrollment> ClassEnrollments => Set<ClassEnrollment>();

    public DbSet<GroupMembership> GroupMemberships => Set<GroupMembership>();

    public DbSet<FamilyLink> FamilyLinks => Set<FamilyLink>();

    public DbSet<TeachingAssignment> TeachingAssignments => Set<TeachingAssignment>();

    public DbSet<FormTutor> FormTutors => Set<FormTutor>();
}

internal sealed class DirectoryDesignTimeDbContextFactory : EntDesignTimeDbContextFactory<DirectoryDbContext>;
