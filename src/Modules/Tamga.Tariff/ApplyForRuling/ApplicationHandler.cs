using System.Globalization;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Tamga.Kernel.Errors;
using Tamga.Platform.Audit;
using Tamga.Platform.Persistence;
using Tamga.Platform.Organisation;
using Tamga.Platform.Security;
using Tamga.Tariff.Data;
using Tamga.Tariff.Domain;

namespace Tamga.Tariff.ApplyForRuling;

/// <summary>A trader's side of rulings: apply (inquiry or BTI, with attachments), answer a request for information, read its own applications.</summary>
internal sealed class ApplicationHandler(TariffDbContext db, TimeProvider clock)
{
    public const int MaxTextLength = 2000;

    public Task<RulingOutcome<RulingApplication>> SubmitAsync(NewApplication request, ClaimsPrincipal user, CancellationToken cancellationToken) =>
        RegisterNumbers.PublishAsync(db, () => SubmitOnceAsync(request, user, cancellationToken));

    private async Task<RulingOutcome<RulingApplication>> SubmitOnceAsync(NewApplication request, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var party = user.PartyId();
        if (party is null)
        {
            return RulingOutcome<RulingApplication>.NotFound();
        }

        var errors = new List<RuleViolation>();
        RulingKind? kind = request.Kind switch
        {
            "inquiry" => RulingKind.Inquiry,
            "bti" => RulingKind.BindingTariffInformation,
            _ => null,
        };
        if (kind is null)
        {
            errors.Add(new("kind", "KIND", "kind is 'inquiry' or 'bti'."));
        }

        var description = Text("goodsDescription", request.GoodsDescription, required: true, minLength: 10, errors);
        var confidential = Text("confidentialDetails", request.ConfidentialDetails, required: false, minLength: 0, errors);
        string? proposed = null;
        if (!string.IsNullOrWhiteSpace(request.ProposedCode))
        {
            proposed = TariffInput.Code("proposedCode", request.ProposedCode.Trim(), errors);
        }

        if (request.IdempotencyKey is { Length: > 100 })
        {
            errors.Add(new("idempotencyKey", "TEXT-LENGTH", "idempotencyKey has at most 100 characters."));
        }

        var files = RulingAttachments.Check(request.Attachments, errors);
        if (errors.Count > 0)
        {
            return RulingOutcome<RulingApplication>.Invalid(errors);
        }

        if (request.IdempotencyKey is { } key
            && await db.RulingApplications.AsNoTracking().FirstOrDefaultAsync(a => a.Party == party && a.IdempotencyKey == key, cancellationToken) is { } earlier)
        {
            return RulingOutcome<RulingApplication>.Ok(earlier);
        }

        var now = clock.GetUtcNow();
        var application = new RulingApplication
        {
            Id = Guid.CreateVersion7(now),
            Reference = await RegisterNumbers.NextAsync(db.RulingApplications.Select(a => a.Reference), "APP", now, 6, cancellationToken),
            Kind = kind!.Value,
            Party = party,
            SubmittedBy = user.UserName(),
            IdempotencyKey = request.IdempotencyKey,
            GoodsDescription = description!,
            ProposedCode = proposed,
            ConfidentialDetails = confidential,
            Status = ApplicationStatus.Submitted,
            SubmittedAt = now,
            UpdatedAt = now,
        };
        foreach (var (name, type, content) in files)
        {
            application.Attachments.Add(new RulingAttachment { Id = Guid.CreateVersion7(now), ApplicationId = application.Id, FileName = name, ContentType = type, Content = content, Size = content.Length });
        }

        db.RulingApplications.Add(application);
        db.Audit(new AuditEntry(Stream(application), user.Actor(), "ruling-application.submitted", now, null, Snapshot(application),
            $"{application.Kind} application {application.Reference} submitted with {application.Attachments.Count.ToString(CultureInfo.InvariantCulture)} attachment(s)"));
        await db.SaveChangesAsync(cancellationToken);
        return RulingOutcome<RulingApplication>.Ok(application);
    }

    /// <summary>The trader answers the officer's request for information; the application goes back to examination.</summary>
    public async Task<RulingOutcome<RulingApplication>> AnswerAsync(Guid id, string? answer, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var application = await FindOwnAsync(id, user, cancellationToken);
        if (application is null)
        {
            return RulingOutcome<RulingApplication>.NotFound();
        }

        var errors = new List<RuleViolation>();
        var text = Text("answer", answer, required: true, minLength: 2, errors);
        if (errors.Count > 0)
        {
            return RulingOutcome<RulingApplication>.Invalid(errors);
        }

        if (application.Status != ApplicationStatus.InformationRequested)
        {
            return RulingOutcome<RulingApplication>.Conflict("answer", "NOT-REQUESTED", "No information is requested on this application.");
        }

        var before = Snapshot(application);
        var now = clock.GetUtcNow();
        application.TraderAnswer = text;
        application.Status = ApplicationStatus.UnderExamination;
        application.UpdatedAt = now;
        db.Audit(new AuditEntry(Stream(application), user.Actor(), "ruling-application.answered", now, before, Snapshot(application), $"{application.Reference}: information supplied"));
        await db.SaveChangesAsync(cancellationToken);
        return RulingOutcome<RulingApplication>.Ok(application);
    }

    /// <summary>The trader's own applications, newest first.</summary>
    public async Task<IReadOnlyList<RulingApplication>> MineAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var party = user.PartyId();
        return party is null
            ? []
            : await db.RulingApplications.AsNoTracking().Where(a => a.Party == party).OrderByDescending(a => a.Reference).ToListAsync(cancellationToken);
    }

    /// <summary>An application with its attachments, if <paramref name="user"/> may read it: its party's traders and officers.</summary>
    public async Task<RulingApplication?> FindAsync(Guid id, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var application = await db.RulingApplications.AsNoTracking().Include(a => a.Attachments).FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
        return application is not null && MayRead(application, user) ? application : null;
    }

    public static bool MayRead(RulingApplication application, ClaimsPrincipal user) =>
        user.IsInRole(Roles.Officer) || user.IsInRole(Roles.Supervisor)
        || (user.IsInRole(Roles.Trader) && user.PartyId() is { } party && party == application.Party);

    public static string Stream(RulingApplication application) => "ruling-application/" + application.Reference;

    /// <summary>What the audit trail keeps of an application (attachments by name and size, not content).</summary>
    public static object Snapshot(RulingApplication a) => new
    {
        a.Reference,
        Kind = a.Kind.ToString(),
        a.Party,
        Status = a.Status.ToString(),
        a.GoodsDescription,
        a.ProposedCode,
        ConfidentialDetailsHash = a.ConfidentialDetails is null ? null : AuditRecord.SnapshotHash(a.ConfidentialDetails),
        a.AssignedTo,
        a.InformationRequest,
        a.TraderAnswer,
        a.DecidedCode,
        a.Decision,
        a.RulingNumber,
        Attachments = a.Attachments.Select(f => new { f.FileName, f.ContentType, f.Size }).ToList(),
    };

    /// <summary>Free text of an application: at most 2000 characters, no control characters other than line breaks and tabs.</summary>
    public static string? Text(string field, string? value, bool required, int minLength, List<RuleViolation> errors) =>
        Text(field, value, required, minLength, MaxTextLength, errors);

    /// <summary>Free text between <paramref name="minLength"/> and <paramref name="maxLength"/> characters (trimmed), no control characters other than line breaks and tabs.</summary>
    public static string? Text(string field, string? value, bool required, int minLength, int maxLength, List<RuleViolation> errors)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            if (required)
            {
                errors.Add(new(field, "REQUIRED", $"{field} is required."));
            }

            return null;
        }

        var text = value.Trim();
        if (text.Length > maxLength)
        {
            errors.Add(new(field, "TEXT-LENGTH", $"{field} has at most {maxLength.ToString(CultureInfo.InvariantCulture)} characters."));
            return null;
        }

        if (text.Length < minLength)
        {
            errors.Add(new(field, "TEXT-SHORT", $"{field} has at least {minLength.ToString(CultureInfo.InvariantCulture)} characters."));
            return null;
        }

        if (text.Any(c => char.IsControl(c) && c is not ('\n' or '\r' or '\t')))
        {
            errors.Add(new(field, "TEXT-CHARACTERS", $"{field} holds control characters."));
            return null;
        }

        return text;
    }

    private async Task<RulingApplication?> FindOwnAsync(Guid id, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var party = user.PartyId();
        return party is null ? null : await db.RulingApplications.Include(a => a.Attachments).FirstOrDefaultAsync(a => a.Id == id && a.Party == party, cancellationToken);
    }
}

/// <summary>An inquiry (<c>kind = inquiry</c>) or a BTI application (<c>kind = bti</c>).</summary>
internal sealed record NewApplication(string? Kind, string? GoodsDescription, string? ProposedCode, string? ConfidentialDetails, string? IdempotencyKey, IReadOnlyList<OfferedFile> Attachments);
