using System.ComponentModel.DataAnnotations;

namespace Tamga.Platform;

/// <summary>Host-wide settings, bound from the <c>Tamga</c> section (environment: <c>Tamga__…</c>).</summary>
public sealed class TamgaOptions
{
    public const string Section = "Tamga";

    /// <summary>Folder of the embedded database, keys and uploaded files; relative to the current directory.</summary>
    [Required]
    public string DataDirectory { get; set; } = "data";

    public DatabaseOptions Database { get; set; } = new();

    public AuthOptions Auth { get; set; } = new();

    public SigningOptions Signing { get; set; } = new();

    /// <summary>Largest request body accepted, in bytes (default 16 MiB); larger bodies get 413.</summary>
    [Range(1024, 1_073_741_824)]
    public long MaxRequestBodyBytes { get; set; } = 16 * 1024 * 1024;

    /// <summary>Creates the demonstration users on first start (see README).</summary>
    public bool SeedDemoUsers { get; set; } = true;

    public string FullDataDirectory => Path.GetFullPath(DataDirectory);
}

public enum DatabaseProvider
{
    Sqlite,
    PostgreSQL,
}

public sealed class DatabaseOptions
{
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>Required for PostgreSQL; for SQLite the file <c>tamga.db</c> in the data directory is used when empty.</summary>
    public string? ConnectionString { get; set; }
}

public sealed class AuthOptions
{
    /// <summary>Base64 HMAC-SHA256 key shared by several instances; when empty a key is created under the data directory.</summary>
    public string? SigningKey { get; set; }

    [Range(60, 86_400)]
    public int TokenLifetimeSeconds { get; set; } = 3600;

    [Range(1, 100)]
    public int MaxFailedSignIns { get; set; } = 5;

    [Range(1, 86_400)]
    public int LockoutSeconds { get; set; } = 60;

    public string Issuer { get; set; } = "tamga";
}

public sealed class SigningOptions
{
    /// <summary>
    /// PEM file (PKCS#8) of the ECDSA P-256 key that signs publications; shared by several instances. When empty, a key is
    /// created under the data directory (<c>keys/document-signing.pem</c>).
    /// </summary>
    public string? KeyFile { get; set; }
}
