using Ent.Data;
using Ent.Host.Demo;
using Ent.Host.Identity.Accounts;
using Ent.Host.Identity.Bearer;
using Ent.Host.Identity.Data;
using Ent.Host.Identity.Keys;
using Ent.Host.Identity.RateLimiting;
using Ent.Host.Identity.Server;
using Ent.Host.Identity.Tokens;
using Ent.Host.Plugins;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Server;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Ent.Host.Identity;

internal static class IdentityServiceCollectionExtensions
{
    /// <summary>
    /// Registers the identity store and the bearer scheme as the default authentication scheme; in the embedded
    /// mode, also the OpenID Connect provider with the scopes of the loaded plugins, its client applications and
    /// the sign-in rate limiter. Register after the directory's store, whose people the identity store refers to.
    /// </summary>
    public static WebApplicationBuilder AddEntIdentity(this WebApplicationBuilder builder, PluginCatalog plugins)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(plugins);
        var section = builder.Configuration.GetSection(EntAuthenticationOptions.SectionName);
        var settings = section.Get<EntAuthenticationOptions>() ?? new EntAuthenticationOptions();
        var services = builder.Services;

        services.AddOptions<EntAuthenticationOptions>()
            .Bind(section)
            .Validate(
                options => options.Mode == AuthenticationMode.Embedded
                    || (!string.IsNullOrWhiteSpace(options.External.Authority) && !string.IsNullOrWhiteSpace(options.External.Audience)),
                "Ent:Authentication:External:Authority and Audience are required in the External mode.")
            .ValidateOnStart();
        services.AddEntStore<IdentityDbContext>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<IPasswordHasher<LocalAccount>, PasswordHasher<LocalAccount>>();
        services.AddSingleton<LocalAccountService>();
        services.AddSingleton<ExternalLoginService>();
        services.AddSingleton<IDemoAccountWriter, DemoAccountWriter>();

        // The bearer scheme is the default unless a default was chosen before (a test's own scheme).
        services.AddAuthentication().AddJwtBearer();
        services.Configure<AuthenticationOptions>(options => options.DefaultScheme ??= JwtBearerDefaults.AuthenticationScheme);
        services.AddSingleton<IConfigureOptions<JwtBearerOptions>, BearerOptionsSetup>();

        if (settings.Mode == AuthenticationMode.Embedded)
        {
            var issuer = settings.ResolveIssuer(builder.Configuration["urls"]);
            var scopes = new ScopeCatalog(plugins);
            services.AddSingleton(new ProviderIssuer(issuer));
            services.AddSingleton(scopes);
            services.AddSingleton<ProviderKeys>();
            services.AddSingleton<AccessTokenFactory>();
            services.AddEmbeddedProvider(settings, issuer, scopes);
            services.AddSignInRateLimiter(settings.RateLimit);
        }

        return builder;
    }

    /// <summary>
    /// Adds sign-in rate limiting, authentication (the provider's endpoints, then the bearer token of every
    /// request) and the 401 answer to invalid tokens, before the endpoints.
    /// </summary>
    public static WebApplication UseEntAuthentication(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var embedded = app.Services.GetRequiredService<IOptions<EntAuthenticationOptions>>().Value.Mode == AuthenticationMode.Embedded;
        if (embedded)
        {
            app.Use(SignInRequests.BufferFormAsync);
            app.UseRateLimiter();
        }

        app.UseAuthentication();
        app.UseMiddleware<InvalidBearerTokenResponse>();
        return app;
    }

    /// <summary>Maps the embedded provider's token and authorization endpoints (the provider serves discovery and keys itself).</summary>
    public static WebApplication MapEntIdentity(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        if (app.Services.GetRequiredService<IOptions<EntAuthenticationOptions>>().Value.Mode == AuthenticationMode.Embedded)
        {
            app.MapPost(TokenEndpoint.Path, (HttpContext context, TokenEndpoint endpoint) => endpoint.HandleAsync(context));
            app.MapMethods(AuthorizationEndpoint.Path, [HttpMethods.Get, HttpMethods.Post], (HttpContext context, AuthorizationEndpoint endpoint) => endpoint.HandleAsync(context))
                .DisableAntiforgery();
        }

        return app;
    }

    private static void AddEmbeddedProvider(this IServiceCollection services, EntAuthenticationOptions settings, Uri issuer, ScopeCatalog scopes)
    {
        services.AddOpenIddict()
            .AddCore(core => core.UseEntityFrameworkCore().UseDbContext<IdentityDbContext>())
            .AddServer(server =>
            {
                server.SetIssuer(issuer)
                    .SetTokenEndpointUris(TokenEndpoint.Path.TrimStart('/'))
                    .SetAuthorizationEndpointUris(AuthorizationEndpoint.Path.TrimStart('/'))
                    .AllowPasswordFlow()
                    .AllowAuthorizationCodeFlow()
                    .AllowRefreshTokenFlow()
                    .RequireProofKeyForCodeExchange()
                    .RegisterScopes([.. scopes.All])
                    .SetAccessTokenLifetime(settings.AccessTokenLifetime)
                    .SetRefreshTokenLifetime(settings.RefreshTokenLifetime)
                    // Resource servers and tests read the access tokens: they are signed, not encrypted.
                    .DisableAccessTokenEncryption()
                    .Configure(options => options.CodeChallengeMethods.Remove(CodeChallengeMethods.Plain));
                var aspNetCore = server.UseAspNetCore()
                    .EnableTokenEndpointPassthrough()
                    .EnableAuthorizationEndpointPassthrough();
                if (!(settings.RequireHttps ?? !issuer.IsLoopback))
                {
                    aspNetCore.DisableTransportSecurityRequirement();
                }
            });

        // The keys are read from (or created in) the data directory when the provider first needs them.
        services.AddOptions<OpenIddictServerOptions>().Configure<ProviderKeys>((server, keys) =>
        {
            server.SigningCredentials.Add(new SigningCredentials(keys.SigningKey, SecurityAlgorithms.RsaSha256));
            server.EncryptionCredentials.Add(new EncryptingCredentials(keys.EncryptionKey, SecurityAlgorithms.RsaOAEP, SecurityAlgorithms.Aes256CbcHmacSha512));
        });

        services.AddAntiforgery();
        services.AddScoped<GrantedScopes>();
        services.AddScoped<TokenEndpoint>();
        services.AddScoped<AuthorizationEndpoint>();
        services.AddSingleton<Hosting.IStartupSeeder, ClientRegistrations>();
        services.AddHostedService<TokenPruning>();
    }
}
