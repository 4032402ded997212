using System.Security.Claims;
using Ent.Access;
using Ent.Host.Directory.Data;
using Ent.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace Ent.Host.Access;

/// <summary>
/// Builds the viewer of a request once, from its authenticated principal and the directory: the person must
/// exist, be active and belong to the request's tenant; otherwise the request is anonymous.
/// </summary>
internal sealed class ViewerAccessor(IDbContextFactory<DirectoryDbContext> directory, ILogger<ViewerAccessor> logger)
{
    private Viewer? _viewer;

    public Viewer Viewer => _viewer ?? throw new InvalidOperationException("The viewer of this request is not loaded yet.");

    public async Task<Viewer> LoadAsync(ClaimsPrincipal principal, TenantInfo tenant, CancellationToken cancellationToken)
    {
        _viewer = await BuildAsync(principal, tenant, cancellationToken);
        return _viewer;
    }

    private async Task<Viewer> BuildAsync(ClaimsPrincipal principal, TenantInfo tenant, CancellationToken cancellationToken)
    {
        if (principal.Identity?.IsAuthenticated != true || !Guid.TryParse(principal.FindFirstValue(ViewerClaims.Subject), out var personId))
        {
            return Viewer.Anonymous(tenant.Id);
        }

        if (principal.FindFirstValue(ViewerClaims.Tenant) != tenant.Id)
        {
            logger.LogInformation("A token of tenant {TokenTenant} was presented to tenant {Tenant}: the request is anonymous.", principal.FindFirstValue(ViewerClaims.Tenant), tenant.Id);
            return Viewer.Anonymous(tenant.Id);
        }

        await using var db = await directory.CreateDbContextAsync(cancellationToken);
        var person = await db.People
            .Where(p => p.Id == personId && p.TenantId == tenant.Id && p.IsActive)
            .Select(p => new { p.IsTenantAdministrator })
            .FirstOrDefaultAsync(cancellationToken);
        if (person is null)
        {
            return Viewer.Anonymous(tenant.Id);
        }

        var profiles = await db.Profiles
            .Where(p => p.PersonId == personId && p.TenantId == tenant.Id && p.IsActive)
            .Select(p => new ViewerProfile(p.SchoolId, p.Kind, p.IsSchoolAdministrator))
            .ToListAsync(cancellationToken);
        var scopes = principal.FindAll(ViewerClaims.Scope)
            .SelectMany(claim => claim.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .ToHashSet(StringComparer.Ordinal);
        return new Viewer(tenant.Id, personId, scopes, profiles, person.IsTenantAdministrator);
    }
}
