using Ent.Data;
using Ent.Host.Data;
using Ent.Host.Tests.Data.SampleStore;
using Ent.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Ent.Host.Tests.Data;

public abstract class StoreTests<TEngine>(SampleStoreHost<TEngine> fixture) : IClassFixture<SampleStoreHost<TEngine>>
    where TEngine : IDatabaseEngine
{
    private static bool OnPostgreSql => TEngine.Provider == DatabaseProvider.PostgreSql;

    [SkippableFact]
    public async Task Applies_the_store_migrations_of_the_engine_in_use_at_start()
    {
        await using var context = await CreateContextAsync();

        var applied = await context.Database.GetAppliedMigrationsAsync();

        Assert.Equal(["CreateSampleStore"], applied.Select(id => id[(id.IndexOf('_', StringComparison.Ordinal) + 1)..]));
        Assert.Empty(await context.Database.GetPendingMigrationsAsync());
        Assert.Equal(OnPostgreSql, context.Database.IsNpgsql());
    }

    [SkippableFact]
    public async Task Applies_nothing_when_migrations_run_again()
    {
        var applied = await fixture.Host.Services.GetRequiredService<StoreMigrator>().MigrateAsync(CancellationToken.None);

        Assert.Equal(0, applied);
    }

    [SkippableFact]
    public async Task Migrates_a_fresh_store_without_a_failed_command()
    {
        await using (var context = await CreateContextAsync())
        {
            await DropStoreAsync(context);
        }

        using var commands = new SqlStatementCounter(fixture.Host);
        var applied = await fixture.Host.Services.GetRequiredService<StoreMigrator>().MigrateAsync(CancellationToken.None);

        Assert.Equal(1, applied);
        Assert.Equal(0, commands.Failures);
        Assert.True(commands.Count > 0);
        await using (var context = await CreateContextAsync())
        {
            Assert.Empty(await context.Database.GetPendingMigrationsAsync());
        }
    }

    [SkippableFact]
    public async Task Keeps_the_store_tables_apart_by_prefix_on_sqlite_and_by_schema_on_postgresql()
    {
        await using var context = await CreateContextAsync();

        var tables = await ListTablesAsync(context);

        if (OnPostgreSql)
        {
            Assert.Contains("sample.Items", tables);
            Assert.Contains("sample.__EFMigrationsHistory", tables);
            Assert.DoesNotContain(tables, table => table.StartsWith("public.", StringComparison.Ordinal));
        }
        else
        {
            Assert.Contains("sample_Items", tables);
            Assert.Contains("sample___EFMigrationsHistory", tables);
            Assert.DoesNotContain("Items", tables);
            Assert.DoesNotContain("__EFMigrationsHistory", tables);
        }
    }

    [SkippableFact]
    public async Task Names_the_model_after_the_store()
    {
        await using var context = await CreateContextAsync();

        var item = context.Model.FindEntityType(typeof(SampleItem))!;

        Assert.Equal("sample", context.StoreName);
        Assert.Equal(OnPostgreSql ? "Items" : "sample_Items", item.GetTableName());
        Assert.Equal(OnPostgreSql ? "sample" : null, item.GetSchema());
    }

    [SkippableFact]
    public async Task Stores_and_reads_back_rows()
    {
        var id = Guid.NewGuid();
        await using (var context = await CreateContextAsync())
        {
            context.Items.Add(new SampleItem { Id = id, Label = "Cahier de textes" });
            await context.SaveChangesAsync();
        }

        await using (var context = await CreateContextAsync())
        {
            var item = await context.Items.SingleAsync(item => item.Id == id);
            Assert.Equal("Cahier de textes", item.Label);
        }
    }

    private Task<SampleDbContext> CreateContextAsync() =>
        fixture.Host.Services.GetRequiredService<IDbContextFactory<SampleDbContext>>().CreateDbContextAsync();

    // As if the store had never been migrated: another test of this class may have written to it since.
    private static async Task DropStoreAsync(SampleDbContext context)
    {
        if (OnPostgreSql)
        {
            await context.Database.ExecuteSqlRawAsync("DROP SCHEMA sample CASCADE");
        }
        else
        {
            await context.Database.ExecuteSqlRawAsync("DROP TABLE sample_Items");
            await context.Database.ExecuteSqlRawAsync("DROP TABLE sample___EFMigrationsHistory");
        }
    }

    private static async Task<List<string>> ListTablesAsync(SampleDbContext context)
    {
        var sql = OnPostgreSql
            ? "SELECT table_schema || '.' || table_name FROM information_schema.tables WHERE table_schema NOT IN ('pg_catalog', 'information_schema')"
            : "SELECT name FROM sqlite_master WHERE type = 'table'";
        var connection = context.Database.GetDbConnection();
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var tables = new List<string>();
        while (await reader.ReadAsync())
        {
            tables.Add(reader.GetString(0));
        }

        return tables;
    }
}

public sealed class StoreTestsOnSqlite(SampleStoreHost<Sqlite> fixture) : StoreTests<Sqlite>(fixture);

public sealed class StoreTestsOnPostgreSql(SampleStoreHost<PostgreSql> fixture) : StoreTests<PostgreSql>(fixture);

/// <summary>A host with the sample store registered, as a plugin registers its store.</summary>
/// <typeparam name="TEngine">The database engine.</typeparam>
public sealed class SampleStoreHost<TEngine> : EntHostFixture<TEngine>
    where TEngine : IDatabaseEngine
{
    protected override void Configure(EntTestHostOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.ConfigureBuilder = builder => builder.Services.AddEntStore<SampleDbContext>();
    }
}
