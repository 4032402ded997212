namespace Ent.Host.Identity.Tokens;

/// <summary>The <c>typ</c> header of access tokens (RFC 9068), which the embedded mode requires.</summary>
internal static class JwtTokenTypes
{
    public const string AccessToken = "at+jwt";

    public const string AccessTokenMediaType = "application/at+jwt";
}
