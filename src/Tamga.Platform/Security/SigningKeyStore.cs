using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace Tamga.Platform.Security;

/// <summary>
/// The key that signs access tokens: from configuration (so several instances share it) or created once
/// under the data directory, readable by the owner only.
/// </summary>
public sealed class SigningKeyStore(IOptions<TamgaOptions> options)
{
    private readonly Lazy<SymmetricSecurityKey> _key = new(() => Load(options.Value));

    public SymmetricSecurityKey Key => _key.Value;

    private static SymmetricSecurityKey Load(TamgaOptions options)
    {
        if (!string.IsNullOrWhiteSpace(options.Auth.SigningKey))
        {
            var configured = Convert.FromBase64String(options.Auth.SigningKey);
            if (configured.Length < 32)
            {
                throw new InvalidOperationException("Tamga:Auth:SigningKey must be at least 32 bytes (base64).");
            }

            return new SymmetricSecurityKey(configured) { KeyId = "configured" };
        }

        var folder = Path.Combine(options.FullDataDirectory, "keys");
        var path = Path.Combine(folder, "token-signing.key");
        if (!File.Exists(path))
        {
            Directory.CreateDirectory(folder);
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            }

            var fresh = System.Security.Cryptography.RandomNumberGenerator.GetBytes(64);
            var temporary = path + ".tmp";
            using (var stream = OperatingSystem.IsWindows()
                ? new FileStream(temporary, FileMode.Create, FileAccess.Write)
                : new FileStream(temporary, new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write, UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite }))
            {
                stream.Write(fresh);
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

        var bytes = File.ReadAllBytes(path);
        return new SymmetricSecurityKey(bytes) { KeyId = "local" };
    }
}
