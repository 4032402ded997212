using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace Ent.Data;

/// <summary>
/// Writes many new rows of one entity type at once, bypassing the change tracker: PostgreSQL's binary
/// <c>COPY</c>, or one prepared <c>INSERT</c> executed per row inside a transaction on SQLite. Meant for
/// imports and generated data sets of tens of thousands of rows or more.
/// </summary>
public static class BulkInsert
{
    /// <summary>
    /// Inserts the rows into the entity's table, in the store's current transaction when it has one (so that
    /// an import can write them with its other changes, all or nothing), otherwise in a transaction of its own.
    /// </summary>
    /// <typeparam name="T">An entity type of the store, mapped to a table, with no store-generated values.</typeparam>
    /// <param name="store">The store.</param>
    /// <param name="rows">The rows; enumerated once.</param>
    /// <param name="cancellationToken">
    /// Cancels the insert, which is then rolled back. It is the only bound on the insert's duration: the store's
    /// command timeout does not apply to the whole of a <c>COPY</c>.
    /// </param>
    /// <returns>The number of rows written.</returns>
    public static async Task<long> BulkInsertAsync<T>(this EntDbContext store, IEnumerable<T> rows, CancellationToken cancellationToken)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(rows);
        var entityType = store.Model.FindEntityType(typeof(T)) ?? throw new ArgumentException($"{typeof(T).Name} is not an entity of {store.GetType().Name}.", nameof(T));
        var table = StoreObjectIdentifier.Table(entityType.GetTableName()!, entityType.GetSchema());
        var columns = entityType.GetProperties()
            .Select(property => (Property: property, Name: property.GetColumnName(table)))
            .Where(column => column.Name is not null)
            .ToList();

        var connection = store.Database.GetDbConnection();
        var openedHere = connection.State != System.Data.ConnectionState.Open;
        if (openedHere)
        {
            await store.Database.OpenConnectionAsync(cancellationToken);
        }

        try
        {
            return connection is NpgsqlConnection npgsql
                ? await CopyAsync(npgsql, table, columns!, rows, cancellationToken)
                : await InsertAsync(connection, store.Database.CurrentTransaction?.GetDbTransaction(), table, columns!, rows, cancellationToken);
        }
        finally
        {
            if (openedHere)
            {
                await store.Database.CloseConnectionAsync();
            }
        }
    }

    private static async Task<long> CopyAsync<T>(NpgsqlConnection connection, StoreObjectIdentifier table, List<(IProperty Property, string Name)> columns, IEnumerable<T> rows, CancellationToken cancellationToken)
        where T : class
    {
        var target = table.Schema is null ? Quote(table.Name) : $"{Quote(table.Schema)}.{Quote(table.Name)}";
        var command = $"COPY {target} ({string.Join(", ", columns.Select(c => Quote(c.Name)))}) FROM STDIN (FORMAT BINARY)";
        var dataTypes = columns.Select(c => c.Property.GetColumnType()).ToArray();
        await using var importer = await connection.BeginBinaryImportAsync(command, cancellationToken);

        // Completing a COPY of millions of rows takes longer than a command's timeout, which is sized for one
        // request's statements; the caller's cancellation token bounds a bulk insert instead.
        importer.Timeout = TimeSpan.Zero;
        foreach (var row in rows)
        {
            await importer.StartRowAsync(cancellationToken);
            for (var i = 0; i < columns.Count; i++)
            {
                var value = ProviderValue(columns[i].Property, row);
                if (value is null)
                {
                    await importer.WriteNullAsync(cancellationToken);
                }
                else
                {
                    await importer.WriteAsync(value, dataTypes[i], cancellationToken);
                }
            }
        }

        return (long)await importer.CompleteAsync(cancellationToken);
    }

    private static async Task<long> InsertAsync<T>(DbConnection connection, DbTransaction? ambient, StoreObjectIdentifier table, List<(IProperty Property, string Name)> columns, IEnumerable<T> rows, CancellationToken cancellationToken)
        where T : class
    {
        await using var owned = ambient is null ? await connection.BeginTransactionAsync(cancellationToken) : null;
        await using var command = connection.CreateCommand();
        command.Transaction = ambient ?? owned;
        var target = table.Schema is null ? Quote(table.Name) : $"{Quote(table.Schema)}.{Quote(table.Name)}";
        command.CommandText = $"INSERT INTO {target} ({string.Join(", ", columns.Select(c => Quote(c.Name)))}) VALUES ({string.Join(", ", columns.Select((_, i) => $"@p{i}"))})";
        var mappings = columns.Select(c => (RelationalTypeMapping)c.Property.GetRelationalTypeMapping()).ToArray();

        long written = 0;
        foreach (var row in rows)
        {
            // The type mapping makes each parameter as EF Core would (on SQLite, Guid and dates as text).
            command.Parameters.Clear();
            for (var i = 0; i < columns.Count; i++)
            {
                command.Parameters.Add(mappings[i].CreateParameter(command, $"@p{i}", ModelValue(columns[i].Property, row), columns[i].Property.IsNullable));
            }

            written += await command.ExecuteNonQueryAsync(cancellationToken);
        }

        if (owned is not null)
        {
            await owned.CommitAsync(cancellationToken);
        }

        return written;
    }

    // The value as COPY writes it: through the property's value converter (enums as strings…).
    private static object? ProviderValue(IProperty property, object row)
    {
        var value = ModelValue(property, row);
        if (value is null)
        {
            return null;
        }

        var converter = property.GetTypeMapping().Converter;
        return converter is null ? value : converter.ConvertToProvider(value);
    }

    private static object? ModelValue(IProperty property, object row) =>
        property.PropertyInfo?.GetValue(row) ?? property.FieldInfo?.GetValue(row);

    private static string Quote(string identifier) => $"\"{identifier.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
}
