using System.CommandLine;
using System.Globalization;
using Ent.Host.Hosting;
using Ent.Host.Identity;
using Ent.Host.Identity.Accounts;
using Ent.Host.Identity.Tokens;
using Ent.Host.Tenancy;
using Microsoft.Extensions.Options;
using Serilog;
using Serilog.Events;

namespace Ent.Host.Cli;

/// <summary>
/// <c>token --login &lt;login&gt;</c>: prints an access token of the embedded provider for a local account, or for a
/// person of the directory with <c>--person</c>, alone on one line of standard output so that it can be captured.
/// The database is migrated and seeded first, as when the server starts, so that it works on a fresh clone.
/// </summary>
internal static class TokenCommand
{
    // The token is the only thing written to standard output; logs go to standard error, warnings only.
    private static readonly string[] QuietLogging =
    [
        "--Serilog:MinimumLevel:Default=Warning",
        "--Serilog:WriteTo:0:Args:standardErrorFromLevel=Verbose",
    ];

    public static Command Create()
    {
        var loginOption = new Option<string?>("--login") { Description = "The login of a local account." };
        var personOption = new Option<string?>("--person") { Description = "Instead of --login: the external id of a person of the directory." };
        var tenantOption = new Option<string?>("--tenant") { Description = "The tenant of --person (default: the default tenant)." };
        var scopeOption = new Option<string?>("--scope") { Description = "Space-separated scopes (default: every scope of the loaded plugins)." };
        var lifetimeOption = new Option<string>("--lifetime")
        {
            Description = "How long the token is valid: 90s, 30m, 1h, 7d or 01:00:00.",
            DefaultValueFactory = _ => "1h",
        };
        var command = new Command("token", "Prints an access token for a local account, to use as 'Authorization: Bearer <token>'.")
        {
            loginOption, personOption, tenantOption, scopeOption, lifetimeOption,
        };
        command.TreatUnmatchedTokensAsErrors = false;
        command.SetAction(async (parse, cancellationToken) =>
        {
            var error = parse.InvocationConfiguration.Error;
            var login = parse.GetValue(loginOption);
            var person = parse.GetValue(personOption);
            if ((login is null) == (person is null))
            {
                await error.WriteLineAsync("Give either --login or --person.");
                return 2;
            }

            if (!TryParseLifetime(parse.GetValue(lifetimeOption)!, out var lifetime))
            {
                await error.WriteLineAsync("--lifetime takes a duration such as 90s, 30m, 1h, 7d or 01:00:00.");
                return 2;
            }

            Log.Logger = new LoggerConfiguration().MinimumLevel.Warning()
                .WriteTo.Console(standardErrorFromLevel: LogEventLevel.Verbose, formatProvider: CultureInfo.InvariantCulture)
                .CreateBootstrapLogger();
            await using var app = EntApplication.Build([.. QuietLogging, .. parse.UnmatchedTokens]);
            var services = app.Services;
            if (services.GetRequiredService<IOptions<EntAuthenticationOptions>>().Value.Mode != AuthenticationMode.Embedded)
            {
                await error.WriteLineAsync("The host issues no tokens in the External mode: ask the external provider.");
                return 2;
            }

            var catalog = services.GetRequiredService<ScopeCatalog>();
            var scopes = parse.GetValue(scopeOption)?.Split(' ', StringSplitOptions.RemoveEmptyEntries) ?? [.. catalog.Service];
            if (scopes.FirstOrDefault(scope => !catalog.Contains(scope)) is { } unknown)
            {
                await error.WriteLineAsync($"No loaded plugin declares the scope '{unknown}'. Known scopes: {string.Join(' ', catalog.All)}.");
                return 2;
            }

            await PrepareDatabaseAsync(services, cancellationToken);
            var accounts = services.GetRequiredService<LocalAccountService>();
            AccountHolder? holder;
            if (login is not null)
            {
                holder = await accounts.FindByLoginAsync(login, cancellationToken);
            }
            else
            {
                var tenant = parse.GetValue(tenantOption) ?? services.GetRequiredService<TenantRegistry>().Default?.Id;
                holder = tenant is null ? null : await accounts.FindPersonAsync(tenant, person!, cancellationToken);
            }

            if (holder is null)
            {
                await error.WriteLineAsync(login is not null
                    ? $"No local account '{login}' of an active person exists."
                    : $"No active person '{person}' is in the directory of that tenant.");
                return 1;
            }

            var token = services.GetRequiredService<AccessTokenFactory>().Create(holder, scopes, lifetime);
            await parse.InvocationConfiguration.Output.WriteLineAsync(token);
            return 0;
        });
        return command;
    }

    // Exactly what the server does when it starts: migrations, then seeders (the demo data and its local accounts
    // on a fresh database), then schemas.
    private static Task PrepareDatabaseAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        services.GetServices<IHostedService>().OfType<StartupInitializer>().Single().StartAsync(cancellationToken);

    internal static bool TryParseLifetime(string text, out TimeSpan lifetime)
    {
        lifetime = default;
        if (text.Length >= 2 && double.TryParse(text[..^1], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var amount) && amount > 0)
        {
            TimeSpan? parsed = char.ToLowerInvariant(text[^1]) switch
            {
                's' => TimeSpan.FromSeconds(amount),
                'm' => TimeSpan.FromMinutes(amount),
                'h' => TimeSpan.FromHours(amount),
                'd' => TimeSpan.FromDays(amount),
                _ => null,
            };
            if (parsed is { } value)
            {
                lifetime = value;
                return true;
            }
        }

        return TimeSpan.TryParse(text, CultureInfo.InvariantCulture, out lifetime) && lifetime > TimeSpan.Zero;
    }
}
