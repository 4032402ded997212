using System.Security.Cryptography;
using Ent.Host.Data;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace Ent.Host.Identity.Keys;

/// <summary>
/// The embedded provider's RSA keys: one signs access and identity tokens, the other encrypts what only the
/// provider reads (authorization codes, refresh tokens). Each is a PEM file in the keys directory, created on
/// first use and kept across restarts, so that tokens outlive the process that issued them.
/// </summary>
internal sealed class ProviderKeys : IDisposable
{
    public const string SigningKeyFile = "signing-key.pem";
    public const string EncryptionKeyFile = "encryption-key.pem";

    private readonly Lazy<RsaSecurityKey> _signingKey;
    private readonly Lazy<RsaSecurityKey> _encryptionKey;

    public ProviderKeys(IOptions<EntAuthenticationOptions> options, IOptions<DataOptions> data)
    {
        Directory = options.Value.KeysDirectory is { Length: > 0 } configured
            ? Path.GetFullPath(configured)
            : Path.Combine(data.Value.ResolveDirectory(), "keys");
        _signingKey = new(() => LoadOrCreate(SigningKeyFile));
        _encryptionKey = new(() => LoadOrCreate(EncryptionKeyFile));
    }

    /// <summary>Gets the directory holding the keys.</summary>
    public string Directory { get; }

    /// <summary>Gets the key that signs tokens (RS256); its public half is published at the JWKS endpoint.</summary>
    public RsaSecurityKey SigningKey => _signingKey.Value;

    /// <summary>Gets the key that encrypts the provider's own tokens (RSA-OAEP).</summary>
    public RsaSecurityKey EncryptionKey => _encryptionKey.Value;

    public void Dispose()
    {
        if (_signingKey.IsValueCreated)
        {
            _signingKey.Value.Rsa.Dispose();
        }

        if (_encryptionKey.IsValueCreated)
        {
            _encryptionKey.Value.Rsa.Dispose();
        }
    }

    private RsaSecurityKey LoadOrCreate(string fileName)
    {
        var path = Path.Combine(Directory, fileName);
        if (!File.Exists(path))
        {
            Create(path);
        }

        var rsa = RSA.Create();
        rsa.ImportFromPem(File.ReadAllText(path));
        // A factory of its own: the default one caches signature providers by key id across key instances, and
        // would hand this key's id the RSA object of a disposed instance (another host in the same process).
        var key = new RsaSecurityKey(rsa) { CryptoProviderFactory = new CryptoProviderFactory() };
        key.KeyId = Base64UrlEncoder.Encode(key.ComputeJwkThumbprint());
        return key;
    }

    // Another process (the token command beside a running server) may create the key at the same time: the
    // first file to land wins and both read it.
    private void Create(string path)
    {
        System.IO.Directory.CreateDirectory(Directory);
        using var rsa = RSA.Create(2048);
        var temporary = $"{path}.{Guid.NewGuid():N}.tmp";
        var file = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            file.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        using (var writer = new StreamWriter(temporary, file))
        {
            writer.Write(rsa.ExportPkcs8PrivateKeyPem());
        }

        try
        {
            File.Move(temporary, path, overwrite: false);
        }
        catch (IOException) when (File.Exists(path))
        {
            File.Delete(temporary);
        }
    }
}
