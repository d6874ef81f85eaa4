using System.Globalization;
using Tamga.Kernel.Errors;

namespace Tamga.Tariff.ApplyForRuling;

/// <summary>A file offered with an application, before it is checked.</summary>
internal sealed record OfferedFile(string FileName, byte[] Content);

/// <summary>
/// What an application may carry: at most 5 files of at most 2 MiB each, PDF documents or PNG/JPEG images. The
/// type is read from the file's first bytes (its declared type and extension are not trusted) and must agree
/// with the extension.
/// </summary>
internal static class RulingAttachments
{
    public const int MaxFiles = 5;
    public const int MaxBytes = 2 * 1024 * 1024;
    public const string Accept = ".pdf,.png,.jpg,.jpeg,application/pdf,image/png,image/jpeg";

    public static string? Detect(ReadOnlySpan<byte> content) => content switch
    {
        [0x25, 0x50, 0x44, 0x46, 0x2D, ..] => "application/pdf",
        [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, ..] => "image/png",
        [0xFF, 0xD8, 0xFF, ..] => "image/jpeg",
        _ => null,
    };

    public static IReadOnlyList<(string FileName, string ContentType, byte[] Content)> Check(IReadOnlyList<OfferedFile> files, List<RuleViolation> errors)
    {
        var accepted = new List<(string, string, byte[])>();
        if (files.Count > MaxFiles)
        {
            errors.Add(new("attachments", "ATTACHMENT-COUNT", $"attachments: at most {MaxFiles.ToString(CultureInfo.InvariantCulture)} files."));
            return accepted;
        }

        foreach (var file in files)
        {
            var name = Path.GetFileName(file.FileName.Replace('\\', '/'));
            if (name.Length is 0 or > 200 || name.Any(char.IsControl))
            {
                errors.Add(new("attachments", "ATTACHMENT-NAME", "attachments: a file name has 1 to 200 printable characters."));
                continue;
            }

            if (file.Content.Length == 0 || file.Content.Length > MaxBytes)
            {
                errors.Add(new("attachments", "ATTACHMENT-SIZE", $"attachments: {name} must hold 1 byte to 2 MiB (has {file.Content.Length.ToString(CultureInfo.InvariantCulture)} bytes)."));
                continue;
            }

            var type = Detect(file.Content);
            var extension = Path.GetExtension(name).ToLowerInvariant();
            var agrees = (type, extension) switch
            {
                ("application/pdf", ".pdf") => true,
                ("image/png", ".png") => true,
                ("image/jpeg", ".jpg" or ".jpeg") => true,
                _ => false,
            };
            if (!agrees)
            {
                errors.Add(new("attachments", "ATTACHMENT-TYPE", $"attachments: {name} is not a PDF, PNG or JPEG file (its content and its extension must agree)."));
                continue;
            }

            accepted.Add((name, type!, file.Content));
        }

        return accepted;
    }
}
