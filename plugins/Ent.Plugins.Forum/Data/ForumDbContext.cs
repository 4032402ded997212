using Ent.Data;
using Ent.Plugins.Forum.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Ent.Plugins.Forum.Data;

/// <summary>
/// The forum store: categories, their grants, subjects, messages and their revisions, who follows and who
/// read what, and each school's settings. The full-text index is not part of the model: each engine's
/// migrations create it, and <see cref="MessageSearch"/> queries it.
/// </summary>
[StoreName("forum")]
internal sealed class ForumDbContext(DbContextOptions<ForumDbContext> options) : EntDbContext(options)
{
    public DbSet<ForumCategory> Categories => Set<ForumCategory>();

    public DbSet<CategoryGrant> Grants => Set<CategoryGrant>();

    public DbSet<ForumSubject> Subjects => Set<ForumSubject>();

    public DbSet<ForumMessage> Messages => Set<ForumMessage>();

    public DbSet<MessageRevision> Revisions => Set<MessageRevision>();

    public DbSet<SubjectFollow> Follows => Set<SubjectFollow>();

    public DbSet<SubjectReadMark> ReadMarks => Set<SubjectReadMark>();

    public DbSet<SchoolForumSettings> SchoolSettings => Set<SchoolForumSettings>();

    /// <summary>Gets the rows of a full-text query, which only <see cref="MessageSearch"/> writes.</summary>
    public DbSet<MessageSearchHit> SearchHits => Set<MessageSearchHit>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        base.ConfigureConventions(configurationBuilder);
        if (Database.IsSqlite())
        {
            // SQLite cannot compare or order DateTimeOffset text; as a number of UTC ticks it can.
            configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
        }
    }
}
