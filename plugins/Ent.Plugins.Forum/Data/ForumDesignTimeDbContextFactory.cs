using Ent.Data;

namespace Ent.Plugins.Forum.Data;

/// <summary>Lets <c>scripts/add-migration</c> create the forum store for either engine.</summary>
internal sealed class ForumDesignTimeDbContextFactory : EntDesignTimeDbContextFactory<ForumDbContext>;
