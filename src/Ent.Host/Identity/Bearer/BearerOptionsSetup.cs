using Ent.Host.Access;
using Ent.Host.Identity.Keys;
using Ent.Host.Identity.Tokens;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace Ent.Host.Identity.Bearer;

/// <summary>
/// Configures the bearer scheme, the host's default: in the embedded mode it accepts the embedded provider's
/// signed JWT access tokens; in the external mode, the provider's tokens for the configured authority and
/// audience, with the keys its discovery document publishes.
/// </summary>
internal sealed class BearerOptionsSetup(IOptions<EntAuthenticationOptions> options, IServiceProvider services) : IConfigureNamedOptions<JwtBearerOptions>
{
    public void Configure(string? name, JwtBearerOptions bearer)
    {
        if (name == JwtBearerDefaults.AuthenticationScheme)
        {
            Configure(bearer);
        }
    }

    public void Configure(JwtBearerOptions bearer)
    {
        var settings = options.Value;
        bearer.MapInboundClaims = false;
        var validation = bearer.TokenValidationParameters;
        validation.NameClaimType = ViewerClaims.Subject;
        validation.ClockSkew = TimeSpan.FromMinutes(1);
        if (settings.Mode == AuthenticationMode.Embedded)
        {
            validation.ValidIssuer = services.GetRequiredService<ProviderIssuer>().Value;
            validation.ValidAudience = settings.Audience;
            validation.IssuerSigningKey = services.GetRequiredService<ProviderKeys>().SigningKey;
            validation.ValidAlgorithms = [SecurityAlgorithms.RsaSha256];
            validation.ValidTypes = [JwtTokenTypes.AccessToken, JwtTokenTypes.AccessTokenMediaType];
            bearer.Events = new JwtBearerEvents { OnTokenValidated = EmbeddedTokenValidation.OnTokenValidatedAsync };
        }
        else
        {
            bearer.Authority = settings.External.Authority;
            bearer.Audience = settings.External.Audience;
            bearer.RequireHttpsMetadata = settings.External.RequireHttpsMetadata;
            bearer.Events = new JwtBearerEvents { OnTokenValidated = ExternalSubjectMapping.OnTokenValidatedAsync };
        }
    }
}
