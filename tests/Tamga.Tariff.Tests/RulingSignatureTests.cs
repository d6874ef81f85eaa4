using Microsoft.Extensions.Options;
using Tamga.Platform;
using Tamga.Platform.Signing;
using Tamga.Tariff.ApplyForRuling;
using Tamga.Tariff.Domain;

namespace Tamga.Tariff.Tests;

public sealed class RulingSignatureTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("tamga-signing-").FullName;

    private DocumentSigner Signer() => new(Options.Create(new TamgaOptions { DataDirectory = _folder }));

    private static Ruling Ruling(string justification = "General rules 1 and 6; heading 8510.") => new()
    {
        Number = "BTI-2026-00001",
        CommodityCode = "85102000",
        GoodsDescription = "Hair clippers with self-contained electric motor",
        Justification = justification,
        ValidFrom = new DateOnly(2026, 11, 29),
        ValidTo = new DateOnly(2029, 11, 28),
        PublishedAt = new DateTimeOffset(2026, 11, 29, 18, 0, 5, TimeSpan.Zero),
        KeyId = "k",
        Signature = "",
    };

    [Fact]
    public void A_key_is_created_once_owner_only_and_signatures_verify_across_instances()
    {
        using var first = Signer();
        var text = Ruling().CanonicalText();
        var signature = first.Sign(text);
        var file = Path.Combine(_folder, "keys", "document-signing.pem");
        Assert.True(File.Exists(file));
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(file));
        }

        using var second = Signer();
        Assert.Equal(first.KeyId, second.KeyId);
        Assert.True(second.Verify(text, signature));
        Assert.Contains("BEGIN PUBLIC KEY", second.PublicKeyPem, StringComparison.Ordinal);
    }

    [Fact]
    public void Any_change_to_a_signed_field_or_to_the_signature_fails_verification()
    {
        using var signer = Signer();
        var signature = signer.Sign(Ruling().CanonicalText());
        Assert.False(signer.Verify(Ruling("General rules 1 and 6; heading 8509.").CanonicalText(), signature));
        var bytes = Convert.FromBase64String(signature);
        bytes[10] ^= 1;
        Assert.False(signer.Verify(Ruling().CanonicalText(), Convert.ToBase64String(bytes)));
        Assert.False(signer.Verify(Ruling().CanonicalText(), "not base64!"));
    }

    [Fact]
    public void The_canonical_text_is_one_line_per_field_whatever_the_line_breaks()
    {
        var windows = Ruling("Rule 1.\r\nRule 6.").CanonicalText();
        var unix = Ruling("Rule 1.\nRule 6.").CanonicalText();
        Assert.Equal(unix, windows);
        Assert.Contains("justification: Rule 1.\\nRule 6.\n", unix, StringComparison.Ordinal);
        Assert.StartsWith("document: tamga-binding-tariff-information/1\nnumber: BTI-2026-00001\n", unix, StringComparison.Ordinal);
        Assert.Contains("published-at: 2026-11-29T18:00:05Z\n", unix, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("scan.pdf", new byte[] { 0x25, 0x50, 0x44, 0x46, 0x2D, 0x31 }, null)]
    [InlineData("photo.jpg", new byte[] { 0xFF, 0xD8, 0xFF, 0xE0 }, null)]
    [InlineData("photo.png", new byte[] { 0xFF, 0xD8, 0xFF, 0xE0 }, "ATTACHMENT-TYPE")]
    [InlineData("notes.txt", new byte[] { 0x68, 0x69 }, "ATTACHMENT-TYPE")]
    [InlineData("empty.pdf", new byte[0], "ATTACHMENT-SIZE")]
    public void Attachments_are_typed_by_their_content_and_must_agree_with_their_extension(string name, byte[] content, string? rule)
    {
        var errors = new List<Kernel.Errors.RuleViolation>();
        var accepted = RulingAttachments.Check([new OfferedFile(name, content)], errors);
        Assert.Equal(rule, errors.SingleOrDefault()?.Rule);
        Assert.Equal(rule is null ? 1 : 0, accepted.Count);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
