using System.Globalization;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Tamga.Kernel.Errors;
using Tamga.Platform.Audit;
using Tamga.Platform.Persistence;
using Tamga.Platform.Security;
using Tamga.Platform.Signing;
using Tamga.Tariff.ApplyForRuling;
using Tamga.Tariff.Catalogue;
using Tamga.Tariff.Data;
using Tamga.Tariff.Domain;

namespace Tamga.Tariff.DecideRulings;

/// <summary>
/// The officers' side of rulings: the queue, assigning an application, asking the trader for information, and
/// deciding. A decided BTI becomes a <see cref="Ruling"/>: numbered, valid for a period, published without the
/// trader's identity or confidential details, and signed by Tamga, in the same transaction as the decision.
/// </summary>
internal sealed class RulingDesk(TariffDbContext db, TariffCatalogue catalogue, DocumentSigner signer, TimeProvider clock)
{
    public const int DefaultValidityYears = 3;
    public const int MaxValidityYears = 6;

    /// <summary>Open applications first (oldest first), then decided ones; <paramref name="mine"/> keeps those assigned to the officer.</summary>
    public async Task<IReadOnlyList<RulingApplication>> QueueAsync(ClaimsPrincipal officer, bool mine, CancellationToken cancellationToken)
    {
        var query = db.RulingApplications.AsNoTracking();
        if (mine)
        {
            var name = officer.UserName();
            query = query.Where(a => a.AssignedTo == name);
        }

        var all = await query.ToListAsync(cancellationToken);
        return all.OrderBy(a => a.Status == ApplicationStatus.Decided).ThenBy(a => a.Reference, StringComparer.Ordinal).ToList();
    }

    public async Task<RulingOutcome<RulingApplication>> AssignAsync(Guid id, ClaimsPrincipal officer, CancellationToken cancellationToken)
    {
        var application = await db.RulingApplications.Include(a => a.Attachments).FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (application is null)
        {
            return RulingOutcome<RulingApplication>.NotFound();
        }

        if (application.Status == ApplicationStatus.Decided)
        {
            return RulingOutcome<RulingApplication>.Conflict("status", "DECIDED", "The application is decided.");
        }

        var name = officer.UserName();
        if (application.AssignedTo == name)
        {
            return RulingOutcome<RulingApplication>.Ok(application); // a retry changes nothing
        }

        var before = ApplicationHandler.Snapshot(application);
        var now = clock.GetUtcNow();
        application.AssignedTo = name;
        if (application.Status == ApplicationStatus.Submitted)
        {
            application.Status = ApplicationStatus.UnderExamination;
        }

        application.UpdatedAt = now;
        db.Audit(new AuditEntry(ApplicationHandler.Stream(application), officer.Actor(), "ruling-application.assigned", now, before, ApplicationHandler.Snapshot(application), $"{application.Reference} assigned to {name}"));
        await db.SaveChangesAsync(cancellationToken);
        return RulingOutcome<RulingApplication>.Ok(application);
    }

    public async Task<RulingOutcome<RulingApplication>> RequestInformationAsync(Guid id, string? request, ClaimsPrincipal officer, CancellationToken cancellationToken)
    {
        var errors = new List<RuleViolation>();
        var text = ApplicationHandler.Text("request", request, required: true, minLength: 5, errors);
        var application = await db.RulingApplications.Include(a => a.Attachments).FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (application is null)
        {
            return RulingOutcome<RulingApplication>.NotFound();
        }

        if (errors.Count > 0)
        {
            return RulingOutcome<RulingApplication>.Invalid(errors);
        }

        if (application.Status != ApplicationStatus.UnderExamination || application.AssignedTo != officer.UserName())
        {
            return RulingOutcome<RulingApplication>.Conflict("request", "NOT-ASSIGNED", "Only the officer examining the application may ask for information.");
        }

        var before = ApplicationHandler.Snapshot(application);
        var now = clock.GetUtcNow();
        application.InformationRequest = text;
        application.TraderAnswer = null;
        application.Status = ApplicationStatus.InformationRequested;
        application.UpdatedAt = now;
        db.Audit(new AuditEntry(ApplicationHandler.Stream(application), officer.Actor(), "ruling-application.information-requested", now, before, ApplicationHandler.Snapshot(application), $"{application.Reference}: information requested"));
        await db.SaveChangesAsync(cancellationToken);
        return RulingOutcome<RulingApplication>.Ok(application);
    }

    /// <summary>Decides: an inquiry gets its advice; a BTI gets a ruling, published and signed.</summary>
    public Task<RulingOutcome<RulingApplication>> DecideAsync(Guid id, Decision decision, ClaimsPrincipal officer, CancellationToken cancellationToken) =>
        RegisterNumbers.PublishAsync(db, () => DecideOnceAsync(id, decision, officer, cancellationToken));

    private async Task<RulingOutcome<RulingApplication>> DecideOnceAsync(Guid id, Decision decision, ClaimsPrincipal officer, CancellationToken cancellationToken)
    {
        var application = await db.RulingApplications.Include(a => a.Attachments).FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (application is null)
        {
            return RulingOutcome<RulingApplication>.NotFound();
        }

        var errors = new List<RuleViolation>();
        var code = TariffInput.Code("code", decision.Code?.Trim(), errors);
        var justification = ApplicationHandler.Text("justification", decision.Justification, required: true, minLength: 20, errors);
        var publishedDescription = ApplicationHandler.Text("publishedDescription", decision.PublishedDescription, required: false, minLength: 10, errors);
        var years = decision.ValidityYears ?? DefaultValidityYears;
        if (years is < 1 or > MaxValidityYears)
        {
            errors.Add(new("validityYears", "VALIDITY", $"validityYears is between 1 and {MaxValidityYears.ToString(CultureInfo.InvariantCulture)}."));
        }

        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        if (code is not null && !InForce(code, today))
        {
            errors.Add(new("code", "CODE-UNKNOWN", $"code {code} is not in the tariff in force today."));
        }

        if (code is not null && application.Kind == RulingKind.BindingTariffInformation && code.Length < 8)
        {
            errors.Add(new("code", "CODE-LENGTH", "A binding ruling gives a national tariff line: 8 or 10 digits."));
        }

        if (errors.Count > 0)
        {
            return RulingOutcome<RulingApplication>.Invalid(errors);
        }

        if (application.Status == ApplicationStatus.Decided)
        {
            return RulingOutcome<RulingApplication>.Conflict("status", "DECIDED", "The application is decided.");
        }

        if (application.Status != ApplicationStatus.UnderExamination || application.AssignedTo != officer.UserName())
        {
            return RulingOutcome<RulingApplication>.Conflict("status", "NOT-ASSIGNED", "Only the officer examining the application may decide it (not while information is awaited).");
        }

        var before = ApplicationHandler.Snapshot(application);
        var now = clock.GetUtcNow();
        application.DecidedCode = code;
        application.Decision = justification;
        application.Status = ApplicationStatus.Decided;
        application.UpdatedAt = now;
        if (application.Kind == RulingKind.BindingTariffInformation)
        {
            var ruling = new Ruling
            {
                Number = await RegisterNumbers.NextAsync(db.Rulings.Select(r => r.Number), "BTI", now, 5, cancellationToken),
                ApplicationId = application.Id,
                CommodityCode = code!,
                // What is published: the officer's public wording of the goods if given, else the trader's description
                // (confidential details are kept in their own field and never published).
                GoodsDescription = publishedDescription ?? application.GoodsDescription,
                Justification = justification!,
                SearchText = Ruling.SearchTextOf(publishedDescription ?? application.GoodsDescription, justification!),
                ValidFrom = today,
                ValidTo = today.AddYears(years).AddDays(-1),
                PublishedAt = new DateTimeOffset(now.UtcDateTime.Ticks - (now.UtcDateTime.Ticks % TimeSpan.TicksPerSecond), TimeSpan.Zero),
                KeyId = signer.KeyId,
                Signature = "",
            };
            ruling.Signature = signer.Sign(ruling.CanonicalText());
            application.RulingNumber = ruling.Number;
            db.Rulings.Add(ruling);
            db.Audit(new AuditEntry("ruling/" + ruling.Number, officer.Actor(), "ruling.published", now, null,
                new { ruling.Number, ruling.CommodityCode, ruling.ValidFrom, ruling.ValidTo, ruling.KeyId, ruling.Signature }, $"ruling {ruling.Number} published and signed ({ruling.KeyId})"));
        }

        db.Audit(new AuditEntry(ApplicationHandler.Stream(application), officer.Actor(), "ruling-application.decided", now, before, ApplicationHandler.Snapshot(application), $"{application.Reference} decided: {code}"));
        await db.SaveChangesAsync(cancellationToken);
        return RulingOutcome<RulingApplication>.Ok(application);
    }

    private bool InForce(string code, DateOnly date)
    {
        var snapshot = catalogue.Current;
        if (code.Length >= 8)
        {
            return snapshot.FindLine(code) is { } line && snapshot.InForce(line.VersionId, date);
        }

        return snapshot.Hs.TryGetValue(code, out var entry) && snapshot.InForce(entry.VersionId, date);
    }
}

/// <summary>The officer's decision: the code, the legal justification, the validity in years (default 3), and optionally the goods as they are to be published.</summary>
internal sealed record Decision(string? Code, string? Justification, int? ValidityYears, string? PublishedDescription);
