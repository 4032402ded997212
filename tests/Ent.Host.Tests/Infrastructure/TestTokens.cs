using System.Text;
using System.Text.Json;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Ent.Host.Tests.Infrastructure;

/// <summary>Writes JWTs as a provider (honest or not) would, and reads their parts.</summary>
internal static class TestTokens
{
    public static string Create(
        SigningCredentials? signing,
        string issuer,
        string audience,
        IDictionary<string, object> claims,
        DateTime? expires = null,
        string type = "at+jwt")
    {
        var now = DateTime.UtcNow;
        var expiry = expires ?? now.AddMinutes(10);
        return new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            IssuedAt = expiry < now ? expiry.AddHours(-1) : now,
            NotBefore = expiry < now ? expiry.AddHours(-1) : now,
            Expires = expiry,
            TokenType = type,
            Claims = claims,
            SigningCredentials = signing,
        });
    }

    public static JsonElement Header(string jwt) => Decode(jwt.Split('.')[0]);

    public static JsonElement Payload(string jwt) => Decode(jwt.Split('.')[1]);

    private static JsonElement Decode(string part) =>
        JsonDocument.Parse(Encoding.UTF8.GetString(Base64UrlEncoder.DecodeBytes(part))).RootElement.Clone();
}
