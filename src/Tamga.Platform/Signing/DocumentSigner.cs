using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace Tamga.Platform.Signing;

/// <summary>
/// Signs what Tamga publishes (rulings, publications) with an ECDSA P-256 key so that a reader can check, with
/// Tamga's published public key, that a text is the official one. The signature is ECDSA over SHA-256 of the
/// UTF-8 bytes of a canonical text (see <see cref="CanonicalText"/>), in the IEEE P1363 form (r‖s, 64 bytes),
/// base64. The private key is created on first use under the data directory (<c>keys/document-signing.pem</c>,
/// owner read/write only) and never leaves it; a configured PEM file may be used instead.
/// </summary>
public sealed class DocumentSigner : IDisposable
{
    public const string Algorithm = "ECDSA-P256-SHA256";

    private readonly Lazy<ECDsa> _key;

    public DocumentSigner(IOptions<TamgaOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _key = new Lazy<ECDsa>(() => Load(options.Value));
    }

    /// <summary>The public key, SubjectPublicKeyInfo in PEM: what a reader verifies signatures with.</summary>
    public string PublicKeyPem => _key.Value.ExportSubjectPublicKeyInfoPem();

    /// <summary>Names the key: the first 16 hex digits of the SHA-256 of its SubjectPublicKeyInfo.</summary>
    public string KeyId => Convert.ToHexStringLower(SHA256.HashData(_key.Value.ExportSubjectPublicKeyInfo()))[..16];

    /// <summary>Signs <paramref name="canonicalText"/>; the signature in base64.</summary>
    public string Sign(string canonicalText)
    {
        ArgumentNullException.ThrowIfNull(canonicalText);
        return Convert.ToBase64String(_key.Value.SignData(Encoding.UTF8.GetBytes(canonicalText), HashAlgorithmName.SHA256, DSASignatureFormat.IeeeP1363FixedFieldConcatenation));
    }

    /// <summary>True when <paramref name="signature"/> (base64) is this key's signature of exactly <paramref name="canonicalText"/>.</summary>
    public bool Verify(string canonicalText, string signature)
    {
        ArgumentNullException.ThrowIfNull(canonicalText);
        Span<byte> raw = stackalloc byte[64];
        if (string.IsNullOrEmpty(signature) || !Convert.TryFromBase64String(signature, raw, out var written) || written != 64)
        {
            return false;
        }

        return _key.Value.VerifyData(Encoding.UTF8.GetBytes(canonicalText), raw, HashAlgorithmName.SHA256, DSASignatureFormat.IeeeP1363FixedFieldConcatenation);
    }

    public void Dispose()
    {
        if (_key.IsValueCreated)
        {
            _key.Value.Dispose();
        }
    }

    private static ECDsa Load(TamgaOptions options)
    {
        var path = string.IsNullOrWhiteSpace(options.Signing.KeyFile)
            ? Path.Combine(options.FullDataDirectory, "keys", "document-signing.pem")
            : options.Signing.KeyFile;
        if (!File.Exists(path))
        {
            Create(path);
        }

        var key = ECDsa.Create();
        key.ImportFromPem(File.ReadAllText(path));
        if (key.KeySize != 256)
        {
            key.Dispose();
            throw new InvalidOperationException($"The document signing key {path} is not a P-256 key.");
        }

        return key;
    }

    private static void Create(string path)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        Directory.CreateDirectory(folder);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        using var fresh = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var pem = Encoding.ASCII.GetBytes(fresh.ExportPkcs8PrivateKeyPem());
        var temporary = path + ".tmp";
        using (var stream = OperatingSystem.IsWindows()
            ? new FileStream(temporary, FileMode.Create, FileAccess.Write)
            : new FileStream(temporary, new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write, UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite }))
        {
            stream.Write(pem);
            stream.Flush(true);
        }

        try
        {
            File.Move(temporary, path, overwrite: false);
        }
        catch (IOException) when (File.Exists(path))
        {
            // Another process created it first: use theirs.
            File.Delete(temporary);
        }
    }
}
