using Microsoft.AspNetCore.Http;
using Tamga.Declarations.Processing;

namespace Tamga.Declarations.LodgeDeclaration;

/// <summary>A file posted by a page's form (multipart), read into memory with what the handlers need to know of it.</summary>
internal sealed record UploadedFile(string Name, string ContentType, byte[] Content)
{
    /// <summary>Larger files are refused before reading (the host refuses request bodies over its own limit anyway).</summary>
    public const long MaxBytes = 16 * 1024 * 1024;

    /// <summary>The declaration format: JSON for <c>.json</c> files or a JSON content type, DEC-DMS XML otherwise.</summary>
    public BodyFormat Format =>
        Name.EndsWith(".json", StringComparison.OrdinalIgnoreCase) || ContentType.Contains("json", StringComparison.OrdinalIgnoreCase)
            ? BodyFormat.Json
            : BodyFormat.Xml;

    /// <summary>The file of the form field <paramref name="field"/>; null when none was chosen, it is empty, or too large.</summary>
    public static async Task<(UploadedFile? File, bool TooLarge)> ReadAsync(HttpContext context, string field, long maxBytes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!context.Request.HasFormContentType || context.Request.Form.Files.GetFile(field) is not { Length: > 0 } file)
        {
            return (null, false);
        }

        if (file.Length > maxBytes)
        {
            return (null, true);
        }

        using var buffer = new MemoryStream((int)file.Length);
        await using (var stream = file.OpenReadStream())
        {
            await stream.CopyToAsync(buffer, cancellationToken);
        }

        var name = Path.GetFileName(file.FileName.Replace('\\', '/'));
        return (new UploadedFile(name.Length == 0 ? "document" : name, string.IsNullOrWhiteSpace(file.ContentType) ? "application/octet-stream" : file.ContentType, buffer.ToArray()), false);
    }
}
