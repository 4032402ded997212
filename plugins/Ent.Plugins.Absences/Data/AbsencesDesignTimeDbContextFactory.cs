using Ent.Data;

namespace Ent.Plugins.Absences.Data;

/// <summary>Lets <c>scripts/add-migration</c> create the absences store for either engine.</summary>
internal sealed class AbsencesDesignTimeDbContextFactory : EntDesignTimeDbContextFactory<AbsencesDbContext>;
