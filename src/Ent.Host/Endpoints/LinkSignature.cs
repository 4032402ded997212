using System.Buffers.Text;
using System.Globalization;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using Ent.Host.Access;
using Ent.Host.Data;
using Microsoft.Extensions.Options;

namespace Ent.Host.Endpoints;

/// <summary>
/// Signs and checks the links of <see cref="Ent.Endpoints.ISignedLinks"/> with HMAC-SHA256, under a 256-bit key
/// kept in <c>keys/signed-links.key</c> in the data directory and created on first use. Hosts sharing a data
/// directory share the key; removing the file revokes every link.
/// </summary>
internal sealed class LinkSignature(IOptions<DataOptions> data)
{
    private const string Version = "v1";
    private readonly Lazy<byte[]> _key = new(() => LoadOrCreateKey(Path.Combine(data.Value.ResolveDirectory(), "keys", "signed-links.key")));

    /// <summary>Signs a link: the token names the tenant, the person, the scopes and the expiry, bound to the path.</summary>
    public string CreateToken(string path, string tenantId, Guid personId, IEnumerable<string> scopes, DateTimeOffset expiresAt)
    {
        var payload = string.Join('\n', Version, tenantId, personId.ToString("N"), expiresAt.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture), string.Join(' ', scopes.Order(StringComparer.Ordinal)));
        var payloadBytes = Encoding.UTF8.GetBytes(payload);
        return $"{Base64Url.EncodeToString(payloadBytes)}.{Base64Url.EncodeToString(Sign(path, payloadBytes))}";
    }

    /// <summary>Checks a token for a path and builds the principal it stands for.</summary>
    public LinkCheck Check(string path, string token, string tenantId, DateTimeOffset now)
    {
        var dot = token.IndexOf('.', StringComparison.Ordinal);
        byte[] payloadBytes, signature;
        try
        {
            payloadBytes = dot > 0 ? Base64Url.DecodeFromChars(token.AsSpan(0, dot)) : [];
            signature = dot > 0 ? Base64Url.DecodeFromChars(token.AsSpan(dot + 1)) : [];
        }
        catch (FormatException)
        {
            return LinkCheck.Invalid;
        }

        if (payloadBytes.Length == 0 || !CryptographicOperations.FixedTimeEquals(signature, Sign(path, payloadBytes)))
        {
            return LinkCheck.Invalid;
        }

        var fields = Encoding.UTF8.GetString(payloadBytes).Split('\n');
        if (fields.Length != 5 || fields[0] != Version || fields[1] != tenantId
            || !Guid.TryParseExact(fields[2], "N", out var personId)
            || !long.TryParse(fields[3], NumberStyles.None, CultureInfo.InvariantCulture, out var expires))
        {
            return LinkCheck.Invalid;
        }

        if (DateTimeOffset.FromUnixTimeSeconds(expires) <= now)
        {
            return LinkCheck.Expired;
        }

        var identity = new ClaimsIdentity(
            [
                new Claim(ViewerClaims.Subject, personId.ToString()),
                new Claim(ViewerClaims.Tenant, tenantId),
                new Claim(ViewerClaims.Scope, fields[4]),
            ],
            authenticationType: "SignedLink");
        return new LinkCheck(LinkStatus.Valid, new ClaimsPrincipal(identity));
    }

    private byte[] Sign(string path, byte[] payload)
    {
        byte[] message = [.. Encoding.UTF8.GetBytes(path + "\n"), .. payload];
        return HMACSHA256.HashData(_key.Value, message);
    }

    private static byte[] LoadOrCreateKey(string file)
    {
        if (!File.Exists(file))
        {
            System.IO.Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            var candidate = $"{file}.{Guid.NewGuid():N}.tmp";
            File.WriteAllBytes(candidate, RandomNumberGenerator.GetBytes(32));
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(candidate, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            }

            try
            {
                // Another process may have created the key meanwhile: the first one wins.
                File.Move(candidate, file, overwrite: false);
            }
            catch (IOException) when (File.Exists(file))
            {
                File.Delete(candidate);
            }
        }

        var key = File.ReadAllBytes(file);
        return key.Length >= 32 ? key : throw new InvalidOperationException($"The signing key {file} is shorter than 32 bytes.");
    }
}

internal enum LinkStatus
{
    Valid,
    Invalid,
    Expired,
}

/// <summary>The outcome of checking a signed link, with the principal it acts for when valid.</summary>
internal sealed record LinkCheck(LinkStatus Status, ClaimsPrincipal? Principal)
{
    public static readonly LinkCheck Invalid = new(LinkStatus.Invalid, null);

    public static readonly LinkCheck Expired = new(LinkStatus.Expired, null);
}
