using System.Net;
using Ent.Host.Access;
using Ent.Host.Identity.Tests.Infrastructure;
using Npgsql;

namespace Ent.Host.Identity.Tests.Data;

/// <summary>
/// The identity store on PostgreSQL: migrations, local accounts with lockout, and the provider's token entries.
/// Runs on the server of <c>ENT_TEST_POSTGRES</c> (a connection string), in a scratch database; skipped when it
/// is unset outside CI.
/// </summary>
public sealed class PostgreSqlSignOnTests
{
    [SkippableFact]
    public async Task Password_and_refresh_grants_and_lockout_work_on_postgresql()
    {
        var server = Environment.GetEnvironmentVariable("ENT_TEST_POSTGRES");
        Skip.If(string.IsNullOrEmpty(server) && !string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase), "ENT_TEST_POSTGRES is not set.");
        Assert.False(string.IsNullOrEmpty(server), "ENT_TEST_POSTGRES must be set in CI.");

        var name = $"ent_identity_{Guid.NewGuid():N}";
        await ExecuteAsync(server, $"CREATE DATABASE \"{name}\"");
        try
        {
            await using var host = await IdentityHost.StartAsync(new Dictionary<string, string?>
            {
                ["Ent:Database:Provider"] = "PostgreSql",
                ["Ent:Database:ConnectionString"] = new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString,
                ["Ent:Demo:Seed"] = "true",
                ["Ent:Authentication:Lockout:MaxFailedAttempts"] = "2",
            });

            var (granted, tokens) = await host.PasswordGrantAsync("prof.maths.blois", IdentityHost.DemoPassword, "openid offline_access");
            Assert.Equal(HttpStatusCode.OK, granted.StatusCode);
            var refreshed = await host.Client.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["grant_type"] = "refresh_token",
                ["client_id"] = IdentityHost.DemoClient,
                ["refresh_token"] = tokens.GetProperty("refresh_token").GetString()!,
            }));
            Assert.Equal(HttpStatusCode.OK, refreshed.StatusCode);
            var user = await host.ClaimsAsync(tokens.GetProperty("access_token").GetString());
            Assert.Equal([(await host.PersonIdAsync("prof.maths.blois")).ToString()], user.ValuesOf(ViewerClaims.Subject));

            await host.PasswordGrantAsync("cpe.blois", "wrong");
            await host.PasswordGrantAsync("cpe.blois", "wrong");
            var (locked, body) = await host.PasswordGrantAsync("cpe.blois", IdentityHost.DemoPassword);
            Assert.Equal(HttpStatusCode.BadRequest, locked.StatusCode);
            Assert.Contains("locked", body.GetProperty("error_description").GetString(), StringComparison.Ordinal);
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            await ExecuteAsync(server, $"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
        }
    }

    private static async Task ExecuteAsync(string server, string sql)
    {
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(server) { Pooling = false }.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
