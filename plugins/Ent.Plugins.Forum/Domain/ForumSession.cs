using Ent.Access;
using Ent.Plugins.Forum.Data;
using Microsoft.EntityFrameworkCore;

namespace Ent.Plugins.Forum.Domain;

/// <summary>
/// One unit of work of a forum command: a store context, with the viewer's rights and what they see, and
/// the clock. Commands check everything, then save once, so that a refusal writes nothing.
/// </summary>
internal sealed class ForumSession : IAsyncDisposable
{
    private ForumSession(ForumDbContext db, Viewer viewer, DateTimeOffset now)
    {
        Db = db;
        Access = new CategoryAccess(viewer, db);
        Visibility = new ForumVisibility(Access, db);
        Now = now;
    }

    public ForumDbContext Db { get; }

    public CategoryAccess Access { get; }

    public ForumVisibility Visibility { get; }

    public Viewer Viewer => Access.Viewer;

    public Guid Me => Access.PersonId;

    public string TenantId => Access.Viewer.TenantId;

    /// <summary>Gets the time of the command, the same for everything it writes.</summary>
    public DateTimeOffset Now { get; }

    public static async Task<ForumSession> OpenAsync(IDbContextFactory<ForumDbContext> factory, IAccessPolicy policy, TimeProvider time, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(factory);
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentNullException.ThrowIfNull(time);
        var db = await factory.CreateDbContextAsync(cancellationToken);
        return new ForumSession(db, policy.Viewer, time.GetUtcNow());
    }

    /// <summary>Gives the viewer's right on one category, or <see langword="null"/> when they have none.</summary>
    /// <param name="categoryId">The category.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <returns>The right.</returns>
    public async Task<ForumRight?> RightOnAsync(Guid categoryId, CancellationToken cancellationToken)
    {
        var rights = await Access.RightsAsync([categoryId], cancellationToken);
        return rights.TryGetValue(categoryId, out var right) ? right : null;
    }

    public ValueTask DisposeAsync() => Db.DisposeAsync();
}
