using Ent.Data;

namespace Ent.Plugins.Grades.Data;

/// <summary>Lets <c>scripts/add-migration</c> create the grades store for either engine.</summary>
internal sealed class GradesDesignTimeDbContextFactory : EntDesignTimeDbContextFactory<GradesDbContext>;
