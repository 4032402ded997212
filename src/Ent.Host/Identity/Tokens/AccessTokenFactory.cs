using Ent.Host.Access;
using Ent.Host.Identity.Accounts;
using Ent.Host.Identity.Keys;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Ent.Host.Identity.Tokens;

/// <summary>
/// Writes access tokens without an OAuth flow, for the <c>token</c> command: the same JWT the token endpoint
/// issues (type <c>at+jwt</c>, signed with the provider's key, same issuer and audience), for client
/// <see cref="ClientId"/>.
/// </summary>
internal sealed class AccessTokenFactory(ProviderKeys keys, ProviderIssuer issuer, IOptions<EntAuthenticationOptions> options, TimeProvider clock)
{
    public const string ClientId = "ent-cli";

    public string Create(AccountHolder holder, IEnumerable<string> scopes, TimeSpan lifetime)
    {
        ArgumentNullException.ThrowIfNull(holder);
        var now = clock.GetUtcNow().UtcDateTime;
        var claims = new Dictionary<string, object>(StringComparer.Ordinal)
        {
            [JwtRegisteredClaimNames.Sub] = holder.PersonId.ToString(),
            [ViewerClaims.Tenant] = holder.TenantId,
            ["client_id"] = ClientId,
            [JwtRegisteredClaimNames.Jti] = Guid.NewGuid().ToString(),
        };
        var scope = string.Join(' ', scopes);
        if (scope.Length > 0)
        {
            claims[ViewerClaims.Scope] = scope;
        }

        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer.Value,
            Audience = options.Value.Audience,
            IssuedAt = now,
            NotBefore = now,
            Expires = now + lifetime,
            TokenType = JwtTokenTypes.AccessToken,
            Claims = claims,
            SigningCredentials = new SigningCredentials(keys.SigningKey, SecurityAlgorithms.RsaSha256),
        });
    }
}
