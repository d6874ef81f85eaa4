using System.Globalization;
using System.Security.Claims;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Tamga.Kernel.Errors;
using Tamga.Platform.Audit;
using Tamga.Platform.Persistence;
using Tamga.Platform.Security;
using Tamga.Platform.Signing;
using Tamga.Publications.Contracts;
using Tamga.Publications.Data;
using Tamga.Publications.Domain;
using Tamga.Publications.Newsletter;
using Tamga.ReferenceData.Contracts;

namespace Tamga.Publications.Publish;

/// <summary>
/// The officers' side of publications: drafting a publication or a new version, and publishing it. Publishing
/// signs the version (ADR 0011), audits it, and queues in the same transaction the <see cref="PublicationPublished"/>
/// event and one newsletter notification per matching confirmed subscriber (ADR 0003: never lost).
/// </summary>
internal sealed class PublicationDesk(PublicationsDbContext db, DocumentSigner signer, ICodeLists codeLists, TimeProvider clock)
{
    public static string Stream(string number) => "publication/" + number;

    /// <summary>The drafts waiting to be published, oldest first.</summary>
    public async Task<IReadOnlyList<PublicationVersion>> DraftsAsync(CancellationToken cancellationToken) =>
        (await db.Versions.AsNoTracking().Where(v => v.Status == VersionStatus.Draft).ToListAsync(cancellationToken))
            .OrderBy(v => v.CreatedAt).ToList();

    /// <summary>Creates version 1 of a new publication, as a draft.</summary>
    public Task<PublicationOutcome<PublicationVersion>> DraftAsync(PublicationDraft? draft, ClaimsPrincipal officer, CancellationToken cancellationToken) =>
        RegisterNumbers.PublishAsync(db, () => DraftOnceAsync(draft, officer, cancellationToken));

    private async Task<PublicationOutcome<PublicationVersion>> DraftOnceAsync(PublicationDraft? draft, ClaimsPrincipal officer, CancellationToken cancellationToken)
    {
        var errors = new List<RuleViolation>();
        var kind = PublicationInput.Kind("kind", draft?.Kind, errors);
        var version = Read(draft, kind, errors);
        if (errors.Count > 0 || kind is null || version is null)
        {
            return PublicationOutcome<PublicationVersion>.Invalid(errors);
        }

        var now = clock.GetUtcNow();
        var number = await RegisterNumbers.NextAsync(db.Versions.Where(v => v.Version == 1).Select(v => v.Number), kind.Value.Prefix(), now, 4, cancellationToken);
        var created = Create(version, number, 1, kind.Value, officer.UserName(), now);
        db.Versions.Add(created);
        db.Audit(new AuditEntry(Stream(created.Number), officer.Actor(), "publication.drafted", now, null, Snapshot(created), $"{created.Number} v1 drafted: {created.Title}"));
        await db.SaveChangesAsync(cancellationToken);
        return PublicationOutcome<PublicationVersion>.Ok(created);
    }

    /// <summary>Drafts the next version of a published publication; it supersedes the previous one from its effective date once published.</summary>
    public async Task<PublicationOutcome<PublicationVersion>> DraftVersionAsync(string number, PublicationDraft? draft, ClaimsPrincipal officer, CancellationToken cancellationToken)
    {
        var versions = PublicationInput.IsNumber(number) ? await db.Versions.AsNoTracking().Where(v => v.Number == number).ToListAsync(cancellationToken) : [];
        if (versions.Count == 0)
        {
            return PublicationOutcome<PublicationVersion>.NotFound();
        }

        var first = versions[0];
        var errors = new List<RuleViolation>();
        var kind = PublicationInput.Kind("kind", draft?.Kind, errors, required: false);
        if (kind is not null && kind != first.Kind)
        {
            errors.Add(new("kind", "KIND-CHANGE", $"A new version keeps its publication's kind ({first.Kind.Name()})."));
        }

        var version = Read(draft, first.Kind, errors);
        var latest = versions.Where(v => v.IsPublished).MaxBy(v => v.Version);
        if (version is not null && latest is not null && version.EffectiveFrom <= latest.EffectiveFrom)
        {
            errors.Add(new("effectiveFrom", "VERSION-DATE", $"effectiveFrom is after {PublicationVersion.Iso(latest.EffectiveFrom)}, when version {latest.Version.ToString(CultureInfo.InvariantCulture)} takes effect."));
        }

        if (errors.Count > 0 || version is null)
        {
            return PublicationOutcome<PublicationVersion>.Invalid(errors);
        }

        if (versions.Any(v => !v.IsPublished))
        {
            return PublicationOutcome<PublicationVersion>.Conflict("number", "DRAFT-EXISTS", $"{number} already has a draft version: publish it first.");
        }

        var now = clock.GetUtcNow();
        var created = Create(version, number, versions.Max(v => v.Version) + 1, first.Kind, officer.UserName(), now);
        db.Versions.Add(created);
        db.Audit(new AuditEntry(Stream(number), officer.Actor(), "publication.version-drafted", now, null, Snapshot(created), $"{number} v{created.Version.ToString(CultureInfo.InvariantCulture)} drafted"));
        await db.SaveChangesAsync(cancellationToken);
        return PublicationOutcome<PublicationVersion>.Ok(created);
    }

    /// <summary>Publishes the draft version of <paramref name="number"/>: signs it, audits it, queues the event and the newsletter notifications.</summary>
    public async Task<PublicationOutcome<PublicationVersion>> PublishAsync(string number, ClaimsPrincipal officer, CancellationToken cancellationToken)
    {
        if (!PublicationInput.IsNumber(number))
        {
            return PublicationOutcome<PublicationVersion>.NotFound();
        }

        var versions = await db.Versions.Include(v => v.Rates).Where(v => v.Number == number).ToListAsync(cancellationToken);
        if (versions.Count == 0)
        {
            return PublicationOutcome<PublicationVersion>.NotFound();
        }

        var draft = versions.FirstOrDefault(v => !v.IsPublished);
        if (draft is null)
        {
            return PublicationOutcome<PublicationVersion>.Conflict("number", "NO-DRAFT", $"{number} has no draft version to publish.");
        }

        var now = clock.GetUtcNow();
        Sign(draft, officer.UserName(), now);
        db.Audit(new AuditEntry(Stream(number), officer.Actor(), "publication.published", now, null,
            new { draft.Number, draft.Version, draft.EffectiveFrom, draft.EffectiveTo, draft.KeyId, draft.Signature },
            $"{number} v{draft.Version.ToString(CultureInfo.InvariantCulture)} published and signed ({draft.KeyId})"));
        db.Publish(new PublicationPublished(draft.Number, draft.Version, draft.Kind.Name(), draft.Agency, draft.Title, draft.EffectiveFrom, draft.EffectiveTo) { OccurredAt = now });
        await NewsletterQueue.QueueAsync(db, draft, now, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return PublicationOutcome<PublicationVersion>.Ok(draft);
    }

    /// <summary>Marks a version published now by <paramref name="by"/> and signs it.</summary>
    public void Sign(PublicationVersion version, string by, DateTimeOffset now)
    {
        version.Status = VersionStatus.Published;
        version.PublishedBy = by;
        version.PublishedAt = new DateTimeOffset(now.UtcDateTime.Ticks - (now.UtcDateTime.Ticks % TimeSpan.TicksPerSecond), TimeSpan.Zero);
        version.KeyId = signer.KeyId;
        version.Signature = signer.Sign(version.CanonicalText());
    }

    public static object Snapshot(PublicationVersion v) => new
    {
        v.Number,
        v.Version,
        Kind = v.Kind.Name(),
        v.Agency,
        v.Title,
        v.Language,
        v.FormNumber,
        v.EffectiveFrom,
        v.EffectiveTo,
        TextSha256 = PublicationVersion.Sha256(Encoding.UTF8.GetBytes(v.Text)),
        v.AttachmentName,
        AttachmentSha256 = PublicationVersion.Sha256(v.Attachment),
        Rates = v.Rates.Count,
    };

    private static PublicationVersion Create(PublicationVersion read, string number, int version, PublicationKind kind, string by, DateTimeOffset now)
    {
        var created = new PublicationVersion
        {
            Id = Guid.CreateVersion7(now),
            Number = number,
            Version = version,
            Kind = kind,
            Agency = read.Agency,
            Title = read.Title,
            Language = read.Language,
            Text = read.Text,
            FormNumber = read.FormNumber,
            AttachmentName = read.AttachmentName,
            AttachmentContentType = read.AttachmentContentType,
            Attachment = read.Attachment,
            EffectiveFrom = read.EffectiveFrom,
            EffectiveTo = read.EffectiveTo,
            Status = VersionStatus.Draft,
            CreatedBy = by,
            CreatedAt = now,
        };
        foreach (var rate in read.Rates)
        {
            created.Rates.Add(new ExchangeRate { VersionId = created.Id, Currency = rate.Currency, UnitsPerNationalUnit = rate.UnitsPerNationalUnit, ValidFrom = rate.ValidFrom, ValidTo = rate.ValidTo });
        }

        created.RefreshSearchText();
        return created;
    }

    /// <summary>Reads and checks every field but the kind; null (with errors) when a rule is broken.</summary>
    private PublicationVersion? Read(PublicationDraft? draft, PublicationKind? kind, List<RuleViolation> errors)
    {
        var agency = PublicationInput.Agency("agency", draft?.Agency, errors, required: true);
        var title = PublicationInput.Required("title", draft?.Title, PublicationInput.MaxTitleLength, errors);
        var text = PublicationInput.Required("text", draft?.Text, PublicationInput.MaxTextLength, errors, multiLine: true);
        var language = string.IsNullOrWhiteSpace(draft?.Language) ? "en" : draft.Language.Trim().ToLowerInvariant();
        if (!PublicationInput.Languages.Contains(language))
        {
            errors.Add(new("language", "LANGUAGE", "language is en, fr or ru."));
        }

        var formNumber = PublicationInput.Optional("formNumber", draft?.FormNumber, PublicationInput.MaxFormNumberLength, errors);
        if (kind == PublicationKind.Form && formNumber is null && string.IsNullOrWhiteSpace(draft?.FormNumber))
        {
            errors.Add(new("formNumber", "REQUIRED", "formNumber is required for a form (e.g. C88)."));
        }
        else if (kind is not null && kind != PublicationKind.Form && formNumber is not null)
        {
            errors.Add(new("formNumber", "FORM-NUMBER-KIND", "formNumber is given for forms only."));
        }
        else if (formNumber is not null && !formNumber.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '/' or '.' or ' '))
        {
            errors.Add(new("formNumber", "FORM-NUMBER", "formNumber holds letters, digits and -/. only."));
        }

        var from = PublicationInput.Date("effectiveFrom", draft?.EffectiveFrom, errors, required: true);
        var to = PublicationInput.Date("effectiveTo", draft?.EffectiveTo, errors, required: false);
        if (from is not null && to is not null && to < from)
        {
            errors.Add(new("effectiveTo", "DATE-ORDER", "effectiveTo is on or after effectiveFrom."));
        }

        var (name, type, content) = ReadAttachment(draft?.Attachment, errors);
        var rates = ReadRates(draft?.Rates, kind, errors);
        if (errors.Count > 0)
        {
            return null;
        }

        var version = new PublicationVersion
        {
            Number = "",
            Agency = agency!,
            Title = title!,
            Language = language,
            Text = text!,
            FormNumber = formNumber,
            AttachmentName = name,
            AttachmentContentType = type,
            Attachment = content,
            EffectiveFrom = from!.Value,
            EffectiveTo = to,
            CreatedBy = "",
        };
        version.Rates.AddRange(rates);
        return version;
    }

    private static (string? Name, string? Type, byte[]? Content) ReadAttachment(AttachmentUpload? upload, List<RuleViolation> errors)
    {
        if (upload is null)
        {
            return (null, null, null);
        }

        var name = PublicationInput.Required("attachment.fileName", upload.FileName, 200, errors);
        if (name is not null && (name.IndexOfAny(['/', '\\', ':', '"', '<', '>', '|', '*', '?']) >= 0 || name.StartsWith('.')))
        {
            errors.Add(new("attachment.fileName", "FILE-NAME", "attachment.fileName is a plain file name, without a folder."));
        }

        var type = upload.ContentType?.Trim().ToLowerInvariant() ?? "";
        if (!PublicationInput.AttachmentTypes.TryGetValue(type, out var magic))
        {
            errors.Add(new("attachment.contentType", "CONTENT-TYPE", $"attachment.contentType is one of {string.Join(", ", PublicationInput.AttachmentTypes.Keys)}."));
            return (null, null, null);
        }

        var base64 = upload.ContentBase64 ?? "";
        if (base64.Length == 0 || base64.Length > (PublicationInput.MaxAttachmentBytes + 2) / 3 * 4 + 4)
        {
            errors.Add(new("attachment.contentBase64", "ATTACHMENT-SIZE", $"attachment.contentBase64 holds 1 to {PublicationInput.MaxAttachmentBytes.ToString(CultureInfo.InvariantCulture)} bytes."));
            return (null, null, null);
        }

        byte[] content;
        try
        {
            content = Convert.FromBase64String(base64);
        }
        catch (FormatException)
        {
            errors.Add(new("attachment.contentBase64", "BASE64", "attachment.contentBase64 is base64."));
            return (null, null, null);
        }

        var isText = magic is null;
        if ((magic is not null && !content.AsSpan().StartsWith(magic)) || (isText && !IsUtf8Text(content)))
        {
            errors.Add(new("attachment.contentBase64", "CONTENT-MISMATCH", $"attachment.contentBase64 is not a {type} file."));
        }

        return (name, type, content);
    }

    private static bool IsUtf8Text(byte[] content)
    {
        try
        {
            var text = new UTF8Encoding(false, true).GetString(content);
            return !text.Any(c => char.IsControl(c) && c is not ('\n' or '\r' or '\t'));
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }

    private List<ExchangeRate> ReadRates(IReadOnlyList<RateRow>? rows, PublicationKind? kind, List<RuleViolation> errors)
    {
        var rates = new List<ExchangeRate>();
        if (kind != PublicationKind.ExchangeRates)
        {
            if (rows is { Count: > 0 })
            {
                errors.Add(new("rates", "RATES-KIND", "rates are given for exchange-rates publications only."));
            }

            return rates;
        }

        if (rows is null || rows.Count == 0)
        {
            errors.Add(new("rates", "REQUIRED", "rates is required for an exchange-rates publication: at least one row."));
            return rates;
        }

        if (rows.Count > PublicationInput.MaxRates)
        {
            errors.Add(new("rates", "RATES-COUNT", $"rates has at most {PublicationInput.MaxRates.ToString(CultureInfo.InvariantCulture)} rows."));
            return rates;
        }

        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            var field = $"rates[{i.ToString(CultureInfo.InvariantCulture)}]";
            var currency = row?.Currency?.Trim().ToUpperInvariant();
            if (string.IsNullOrEmpty(currency) || currency.Length != 3 || !codeLists.Contains(CodeListNames.Currencies, currency))
            {
                errors.Add(new(field + ".currency", "CURRENCY", $"{field}.currency is an ISO 4217 currency code of the reference data (e.g. EUR)."));
            }

            if (row?.Rate is not { } rate || rate <= 0 || rate > PublicationInput.MaxRate || decimal.Round(rate, 6) != rate)
            {
                errors.Add(new(field + ".rate", "RATE", $"{field}.rate is a positive number of at most 6 decimals, below {PublicationInput.MaxRate.ToString(CultureInfo.InvariantCulture)}."));
            }

            var from = PublicationInput.Date(field + ".validFrom", row?.ValidFrom, errors, required: true);
            var to = PublicationInput.Date(field + ".validTo", row?.ValidTo, errors, required: true);
            if (from is not null && to is not null && to < from)
            {
                errors.Add(new(field + ".validTo", "DATE-ORDER", $"{field}.validTo is on or after {field}.validFrom."));
            }

            if (currency is not null && row?.Rate is { } value && from is not null && to is not null && to >= from)
            {
                if (rates.Any(r => r.Currency == currency && r.ValidFrom <= to && from <= r.ValidTo))
                {
                    errors.Add(new(field, "RATE-OVERLAP", $"{field} overlaps another row of {currency}."));
                }

                rates.Add(new ExchangeRate { Currency = currency, UnitsPerNationalUnit = value, ValidFrom = from.Value, ValidTo = to.Value });
            }
        }

        return rates;
    }
}
