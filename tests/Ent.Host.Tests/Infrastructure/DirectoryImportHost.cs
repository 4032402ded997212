using System.Security.Claims;
using System.Text.Json;
using Ent.Data;
using Ent.Host.Access;
using Ent.Host.Directory.Data;
using Ent.Host.Directory.Import;
using Ent.Host.GraphQL.Execution;
using Ent.Host.GraphQL.Schema;
using Ent.Host.Tenancy;
using Ent.Testing;
using GraphQL;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Ent.Host.Tests.Infrastructure;

/// <summary>
/// A host on a fresh, empty database (no demo data) with one tenant, <see cref="TenantId"/>, for directory
/// import tests: each test gets its own, since imports change the whole directory.
/// </summary>
internal sealed class DirectoryImportHost : IAsyncDisposable
{
    public const string TenantId = "test";

    private readonly EntTestHost _host;

    private DirectoryImportHost(EntTestHost host) => _host = host;

    public DirectoryImporter Importer => _host.Services.GetRequiredService<DirectoryImporter>();

    /// <summary>Gets the command-line arguments that point the command line at this host's database and tenant.</summary>
    public IReadOnlyList<string> ConfigurationArgs =>
    [
        $"--contentRoot={AppContext.BaseDirectory}",
        $"--Ent:Data:Directory={_host.DataDirectory}",
        $"--Ent:Database:Provider={_host.Database}",
        $"--Ent:Database:ConnectionString={_host.ConnectionString}",
        $"--Ent:Tenancy:Tenants:{TenantId}:Name=Test tenant",
        "--Serilog:MinimumLevel:Default=Fatal",
    ];

    public static async Task<DirectoryImportHost> StartAsync(DatabaseProvider database)
    {
        var options = new EntTestHostOptions { Database = database };
        options.Settings["Ent:Demo:Seed"] = "false";
        options.Settings[$"Ent:Tenancy:Tenants:{TenantId}:Name"] = "Test tenant";
        return new DirectoryImportHost(await EntTestHost.StartAsync(options));
    }

    public Task<DirectoryImportResult> ImportAsync(string folder, IProgress<ImportProgress>? progress = null) =>
        Importer.ImportAsync(TenantId, DirectoryImportFiles.FromFolder(folder), progress, CancellationToken.None);

    public DirectoryDbContext CreateStore() =>
        _host.Services.GetRequiredService<IDbContextFactory<DirectoryDbContext>>().CreateDbContext();

    /// <summary>
    /// Runs a GraphQL request as a person of the tenant, through the executor the HTTP endpoint uses, with
    /// the viewer loaded from the directory as for a signed-in request.
    /// </summary>
    public async Task<JsonElement> ExecuteAsync(string externalId, string query, object variables)
    {
        Guid personId;
        await using (var store = CreateStore())
        {
            personId = await store.People.Where(p => p.ExternalId == externalId).Select(p => p.Id).SingleAsync();
        }

        var principal = new ClaimsPrincipal(new ClaimsIdentity(
            [new Claim(ViewerClaims.Subject, personId.ToString()), new Claim(ViewerClaims.Tenant, TenantId)],
            authenticationType: "test"));
        await using var scope = _host.Services.CreateAsyncScope();
        var httpContext = new DefaultHttpContext { RequestServices = scope.ServiceProvider, User = principal };
        var tenant = _host.Services.GetRequiredService<TenantRegistry>().Find(TenantId)!;
        scope.ServiceProvider.GetRequiredService<TenantAccessor>().Tenant = tenant;
        await scope.ServiceProvider.GetRequiredService<ViewerAccessor>().LoadAsync(principal, tenant, CancellationToken.None);
        var schema = _host.Services.GetRequiredService<SchemaRegistry>().GetSchema(tenant);
        var request = new GraphQLRequest(query, null, JsonSerializer.SerializeToElement(variables), null);
        var result = await _host.Services.GetRequiredService<GraphQLExecutor>().ExecuteAsync(schema, request, httpContext, isGet: false);
        return JsonDocument.Parse(_host.Services.GetRequiredService<IGraphQLTextSerializer>().Serialize(result)).RootElement.Clone();
    }

    /// <summary>Counts the rows of every directory table, to show that a rejected import wrote nothing.</summary>
    public async Task<IReadOnlyDictionary<string, int>> CountRowsAsync()
    {
        await using var store = CreateStore();
        return new Dictionary<string, int>
        {
            ["schools"] = await store.Schools.CountAsync(),
            ["school years"] = await store.SchoolYears.CountAsync(),
            ["periods"] = await store.Periods.CountAsync(),
            ["subjects"] = await store.Subjects.CountAsync(),
            ["classes"] = await store.Classes.CountAsync(),
            ["groups"] = await store.Groups.CountAsync(),
            ["people"] = await store.People.CountAsync(),
            ["active people"] = await store.People.CountAsync(p => p.IsActive),
            ["profiles"] = await store.Profiles.CountAsync(),
            ["active profiles"] = await store.Profiles.CountAsync(p => p.IsActive),
            ["enrollments"] = await store.ClassEnrollments.CountAsync(),
            ["group memberships"] = await store.GroupMemberships.CountAsync(),
            ["family links"] = await store.FamilyLinks.CountAsync(),
            ["teaching assignments"] = await store.TeachingAssignments.CountAsync(),
            ["form tutors"] = await store.FormTutors.CountAsync(),
        };
    }

    public ValueTask DisposeAsync() => _host.DisposeAsync();
}
