using Ent.Data;
using Ent.Plugins.Grades.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Ent.Plugins.Grades.Data;

/// <summary>The grades store: evaluations, marks and their corrections, report card comments, subject coefficients.</summary>
[StoreName("grades")]
internal sealed class GradesDbContext(DbContextOptions<GradesDbContext> options) : EntDbContext(options)
{
    public DbSet<Evaluation> Evaluations => Set<Evaluation>();

    public DbSet<Mark> Marks => Set<Mark>();

    public DbSet<MarkCorrection> MarkCorrections => Set<MarkCorrection>();

    public DbSet<SubjectComment> SubjectComments => Set<SubjectComment>();

    public DbSet<ReportCardOpinion> ReportCardOpinions => Set<ReportCardOpinion>();

    public DbSet<SubjectCoefficient> SubjectCoefficients => Set<SubjectCoefficient>();

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
