using Ent.Data;
using Ent.Host.Tests.Data.SampleStore;
using Ent.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Ent.Host.Tests.Data;

public abstract class BulkInsertTests<TEngine>(SampleStoreHost<TEngine> fixture) : IClassFixture<SampleStoreHost<TEngine>>
    where TEngine : IDatabaseEngine
{
    [SkippableFact]
    public async Task Writes_every_row_with_its_values()
    {
        var rows = Enumerable.Range(0, 2_500).Select(i => new SampleItem { Id = Guid.NewGuid(), Label = $"Cahier {i}" }).ToList();
        await using var context = await CreateContextAsync();

        var written = await context.BulkInsertAsync(rows, CancellationToken.None);

        Assert.Equal(rows.Count, written);
        var ids = rows.Select(row => row.Id).ToList();
        var stored = await context.Items.AsNoTracking().Where(item => ids.Contains(item.Id)).ToDictionaryAsync(item => item.Id, item => item.Label);
        Assert.Equal(rows.ToDictionary(row => row.Id, row => row.Label), stored);
    }

    [SkippableFact]
    public async Task Writes_in_the_current_transaction_so_that_a_rollback_undoes_it()
    {
        var id = Guid.NewGuid();
        await using var context = await CreateContextAsync();
        await using (var transaction = await context.Database.BeginTransactionAsync())
        {
            await context.BulkInsertAsync([new SampleItem { Id = id, Label = "Annulé" }], CancellationToken.None);
            Assert.True(await context.Items.AnyAsync(item => item.Id == id));
            await transaction.RollbackAsync();
        }

        Assert.False(await context.Items.AnyAsync(item => item.Id == id));
    }

    [SkippableFact]
    public async Task Rolls_back_every_row_when_one_fails()
    {
        var existing = Guid.NewGuid();
        await using var context = await CreateContextAsync();
        await context.BulkInsertAsync([new SampleItem { Id = existing, Label = "Déjà là" }], CancellationToken.None);
        var fresh = Guid.NewGuid();

        await Assert.ThrowsAnyAsync<System.Data.Common.DbException>(() =>
            context.BulkInsertAsync([new SampleItem { Id = fresh, Label = "Nouveau" }, new SampleItem { Id = existing, Label = "Doublon" }], CancellationToken.None));

        Assert.False(await context.Items.AnyAsync(item => item.Id == fresh));
    }

    protected SampleStoreHost<TEngine> Fixture => fixture;

    protected Task<SampleDbContext> CreateContextAsync() =>
        fixture.Host.Services.GetRequiredService<IDbContextFactory<SampleDbContext>>().CreateDbContextAsync();
}

public sealed class BulkInsertTestsOnSqlite(SampleStoreHost<Sqlite> fixture) : BulkInsertTests<Sqlite>(fixture);

public sealed class BulkInsertTestsOnPostgreSql(SampleStoreHost<PostgreSql> fixture) : BulkInsertTests<PostgreSql>(fixture)
{
    [SkippableFact]
    public async Task Outlasts_the_command_timeout_of_the_connection()
    {
        // Another transaction holds an uncommitted row with the same key, so the COPY waits on the key's check
        // until that transaction ends, longer than the connection's one-second command timeout.
        var contested = Guid.NewGuid();
        await using var blocker = new NpgsqlConnection(Fixture.Host.ConnectionString);
        await blocker.OpenAsync();
        await using var blocking = await blocker.BeginTransactionAsync();
        await using (var insert = new NpgsqlCommand("INSERT INTO sample.\"Items\" (\"Id\", \"Label\") VALUES (@id, 'Verrou')", blocker, blocking))
        {
            insert.Parameters.AddWithValue("id", contested);
            await insert.ExecuteNonQueryAsync();
        }

        await using var context = await CreateContextAsync();
        context.Database.SetConnectionString(new NpgsqlConnectionStringBuilder(Fixture.Host.ConnectionString) { CommandTimeout = 1 }.ConnectionString);
        var release = Task.Delay(TimeSpan.FromSeconds(3)).ContinueWith(_ => blocking.RollbackAsync(), TaskScheduler.Default).Unwrap();

        var written = await context.BulkInsertAsync([new SampleItem { Id = contested, Label = "Attendu" }], CancellationToken.None);

        await release;
        Assert.Equal(1, written);
        Assert.Equal("Attendu", (await context.Items.SingleAsync(item => item.Id == contested)).Label);
    }
}
