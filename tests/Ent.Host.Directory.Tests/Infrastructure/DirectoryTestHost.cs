using System.Security.Claims;
using System.Text.Json;
using Ent.Data;
using Ent.Host.Access;
using Ent.Host.Data;
using Ent.Host.Directory.Data;
using Ent.Host.Directory.Import;
using Ent.Host.GraphQL.Execution;
using Ent.Host.GraphQL.Schema;
using Ent.Host.Hosting;
using Ent.Host.Tenancy;
using GraphQL;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Ent.Host.Directory.Tests.Infrastructure;

/// <summary>
/// The host built as the command line builds it, on a fresh database migrated through the host's stores:
/// an SQLite file in a temporary folder, or a new PostgreSQL database on the server ENT_TEST_POSTGRES names.
/// </summary>
internal sealed class DirectoryTestHost : IAsyncDisposable
{
    public const string TenantId = "test";
    public const string PostgresVariable = "ENT_TEST_POSTGRES";

    private readonly WebApplication _app;
    private readonly DirectoryInfo _folder;
    private readonly Func<Task> _dropDatabase;

    private DirectoryTestHost(WebApplication app, DirectoryInfo folder, Func<Task> dropDatabase)
    {
        _app = app;
        _folder = folder;
        _dropDatabase = dropDatabase;
    }

    public DirectoryImporter Importer => _app.Services.GetRequiredService<DirectoryImporter>();

    /// <summary>Gets the command-line arguments that point a host at this database.</summary>
    public IReadOnlyList<string> ConfigurationArgs { get; private init; } = [];

    public static async Task<DirectoryTestHost> StartAsync(DatabaseProvider provider)
    {
        var folder = System.IO.Directory.CreateTempSubdirectory("ent-directory-tests-");
        string connectionString;
        Func<Task> dropDatabase = () => Task.CompletedTask;
        if (provider == DatabaseProvider.Sqlite)
        {
            connectionString = $"Data Source={Path.Combine(folder.FullName, "ent.db")};Pooling=False";
        }
        else
        {
            var server = Environment.GetEnvironmentVariable(PostgresVariable);
            Skip.If(string.IsNullOrEmpty(server), $"{PostgresVariable} is not set: set it to a PostgreSQL connection string allowed to create databases to run this test on PostgreSQL.");
            var database = $"ent_directory_test_{Guid.NewGuid():N}";
            await using (var connection = new NpgsqlConnection(server))
            {
                await connection.OpenAsync();
                await using var create = new NpgsqlCommand($"CREATE DATABASE {database}", connection);
                await create.ExecuteNonQueryAsync();
            }

            connectionString = new NpgsqlConnectionStringBuilder(server) { Database = database, Pooling = false }.ConnectionString;
            dropDatabase = async () =>
            {
                await using var connection = new NpgsqlConnection(server);
                await connection.OpenAsync();
                await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {database} WITH (FORCE)", connection);
                await drop.ExecuteNonQueryAsync();
            };
        }

        string[] args =
        [
            $"--Ent:Database:Provider={provider}",
            $"--Ent:Database:ConnectionString={connectionString}",
            $"--Ent:Data:Directory={folder.FullName}",
            $"--Ent:Plugins:Path={Path.Combine(folder.FullName, "plugins")}",
            $"--Ent:Tenancy:Tenants:{TenantId}:Name=Test tenant",
            $"--Ent:Tenancy:DefaultTenant={TenantId}",
        ];
        var app = EntApplication.Build(args);
        await app.Services.GetRequiredService<StoreMigrator>().MigrateAsync(CancellationToken.None);
        return new DirectoryTestHost(app, folder, dropDatabase) { ConfigurationArgs = args };
    }

    public Task<DirectoryImportResult> ImportAsync(string folder, IProgress<ImportProgress>? progress = null) =>
        Importer.ImportAsync(TenantId, DirectoryImportFiles.FromFolder(folder), progress, CancellationToken.None);

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
        await using var scope = _app.Services.CreateAsyncScope();
        var httpContext = new DefaultHttpContext { RequestServices = scope.ServiceProvider, User = principal };
        var tenant = _app.Services.GetRequiredService<TenantRegistry>().Find(TenantId)!;
        scope.ServiceProvider.GetRequiredService<TenantAccessor>().Tenant = tenant;
        await scope.ServiceProvider.GetRequiredService<ViewerAccessor>().LoadAsync(principal, tenant, CancellationToken.None);
        var schema = _app.Services.GetRequiredService<SchemaRegistry>().GetSchema(tenant);
        var request = new GraphQLRequest(query, null, JsonSerializer.SerializeToElement(variables), null);
        var result = await _app.Services.GetRequiredService<GraphQLExecutor>().ExecuteAsync(schema, request, httpContext, isGet: false);
        return JsonDocument.Parse(_app.Services.GetRequiredService<IGraphQLTextSerializer>().Serialize(result)).RootElement.Clone();
    }

    public DirectoryDbContext CreateStore() =>
        _app.Services.GetRequiredService<IDbContextFactory<DirectoryDbContext>>().CreateDbContext();

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

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        await _dropDatabase();
        _folder.Delete(recursive: true);
    }
}
