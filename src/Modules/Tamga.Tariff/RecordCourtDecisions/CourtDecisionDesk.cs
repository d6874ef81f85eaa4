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

namespace Tamga.Tariff.RecordCourtDecisions;

/// <summary>
/// Officers record court and tribunal decisions on tariff classification in the public rulings database. A decision
/// is numbered, published and signed by Tamga in one transaction with its audit records; one that annuls rulings
/// makes them invalid from the judgment date (<see cref="Ruling.ValidOn"/>, the cited-ruling check).
/// </summary>
internal sealed class CourtDecisionDesk(TariffDbContext db, TariffCatalogue catalogue, DocumentSigner signer, TimeProvider clock)
{
    public const int MaxCodes = 10;
    public const int MaxRulings = 10;
    public const int MaxOperativeText = 8000;
    public const int MaxSummary = 2000;

    /// <summary>Punctuation a case number may hold besides letters and digits (e.g. <c>C-123/25</c>, <c>TC/2024/01234</c>).</summary>
    private const string CaseNumberPunctuation = "-/.() ";

    public Task<RulingOutcome<CourtDecision>> RecordAsync(CourtDecisionRecord record, ClaimsPrincipal officer, CancellationToken cancellationToken) =>
        RegisterNumbers.PublishAsync(db, () => RecordOnceAsync(record, officer, cancellationToken));

    private async Task<RulingOutcome<CourtDecision>> RecordOnceAsync(CourtDecisionRecord record, ClaimsPrincipal officer, CancellationToken cancellationToken)
    {
        var errors = new List<RuleViolation>();
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var court = ApplicationHandler.Text("court", record.Court, required: true, minLength: 3, maxLength: 200, errors);
        var caseNumber = CaseNumber(record.CaseNumber, errors);
        var judgmentDate = JudgmentDate(record.JudgmentDate, today, errors);
        var parties = ApplicationHandler.Text("parties", record.Parties, required: false, minLength: 2, maxLength: 500, errors);
        var codes = Codes(record.CommodityCodes, errors);
        var summary = ApplicationHandler.Text("summary", record.Summary, required: true, minLength: 20, maxLength: MaxSummary, errors);
        var operative = ApplicationHandler.Text("operativeText", record.OperativeText, required: true, minLength: 20, maxLength: MaxOperativeText, errors);
        var rulings = await RulingsAsync(record.Rulings, errors, cancellationToken);
        if (errors.Count > 0)
        {
            return RulingOutcome<CourtDecision>.Invalid(errors);
        }

        var key = CourtDecision.KeyOf(court!, caseNumber!);
        if (await db.CourtDecisions.AnyAsync(d => d.CaseKey == key, cancellationToken))
        {
            return Duplicate(court!, caseNumber!);
        }

        var now = clock.GetUtcNow();
        var number = await RegisterNumbers.NextAsync(db.CourtDecisions.Select(d => d.Number), "CD", now, 5, cancellationToken);
        var codeList = string.Join(' ', codes);
        var decision = new CourtDecision
        {
            Number = number,
            Court = court!,
            CaseNumber = caseNumber!,
            CaseKey = key,
            JudgmentDate = judgmentDate!.Value,
            Parties = parties,
            CommodityCodes = codeList,
            Summary = summary!,
            OperativeText = operative!,
            SearchText = CourtDecision.SearchTextOf(court!, caseNumber!, parties, codeList, rulings.Select(r => r.Number!), summary!, operative!),
            PublishedAt = new DateTimeOffset(now.UtcDateTime.Ticks - (now.UtcDateTime.Ticks % TimeSpan.TicksPerSecond), TimeSpan.Zero),
            KeyId = signer.KeyId,
            Signature = "",
        };
        decision.Rulings.AddRange(rulings.Select(r => new CourtDecisionRuling { DecisionNumber = number, RulingNumber = r.Number!, Annuls = r.Annuls }));
        decision.Signature = signer.Sign(decision.CanonicalText());
        db.CourtDecisions.Add(decision);

        var actor = officer.Actor();
        db.Audit(new AuditEntry(Stream(decision), actor, "court-decision.published", now, null,
            new { decision.Number, decision.Court, decision.CaseNumber, decision.JudgmentDate, decision.CommodityCodes, Rulings = rulings, decision.KeyId, decision.Signature },
            $"court decision {decision.Number} ({decision.Court} {decision.CaseNumber}) published and signed ({decision.KeyId})"));
        foreach (var ruling in rulings)
        {
            db.Audit(new AuditEntry("ruling/" + ruling.Number, actor, ruling.Annuls ? "ruling.annulled" : "ruling.upheld", now, null,
                new { Decision = decision.Number, decision.Court, decision.CaseNumber, decision.JudgmentDate },
                ruling.Annuls
                    ? $"ruling {ruling.Number} annulled from {TariffPages.Iso(decision.JudgmentDate)} by {decision.Number}"
                    : $"ruling {ruling.Number} upheld by {decision.Number}"));
        }

        // A commit that fails (the case recorded or the number taken in the same instant) is done again from the start.
        await db.SaveChangesAsync(cancellationToken);
        return RulingOutcome<CourtDecision>.Ok(decision);
    }

    public static string Stream(CourtDecision decision) => "court-decision/" + decision.Number;

    private static RulingOutcome<CourtDecision> Duplicate(string court, string caseNumber) =>
        RulingOutcome<CourtDecision>.Conflict("caseNumber", "CASE-DUPLICATE", $"The judgment of {court} in case {caseNumber} is already recorded.");

    private static string? CaseNumber(string? value, List<RuleViolation> errors)
    {
        var text = ApplicationHandler.Text("caseNumber", value, required: true, minLength: 1, maxLength: 60, errors);
        if (text is not null && !text.All(c => char.IsLetterOrDigit(c) || CaseNumberPunctuation.Contains(c, StringComparison.Ordinal)))
        {
            errors.Add(new("caseNumber", "CASE-NUMBER", $"caseNumber holds letters, digits and {CaseNumberPunctuation.Trim()} only."));
            return null;
        }

        return text;
    }

    private static DateOnly? JudgmentDate(string? value, DateOnly today, List<RuleViolation> errors)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors.Add(new("judgmentDate", "REQUIRED", "judgmentDate is required."));
            return null;
        }

        var date = TariffInput.Date("judgmentDate", value.Trim(), today, errors);
        if (date > today)
        {
            errors.Add(new("judgmentDate", "DATE-FUTURE", "judgmentDate is a judgment already given: today or earlier."));
            return null;
        }

        return date;
    }

    private List<string> Codes(IReadOnlyList<string?>? values, List<RuleViolation> errors)
    {
        var codes = new SortedSet<string>(StringComparer.Ordinal);
        if (values is null || values.All(string.IsNullOrWhiteSpace))
        {
            errors.Add(new("commodityCodes", "REQUIRED", "commodityCodes names at least one commodity code the judgment concerns."));
            return [];
        }

        if (values.Count > MaxCodes)
        {
            errors.Add(new("commodityCodes", "CODE-COUNT", $"commodityCodes has at most {MaxCodes.ToString(CultureInfo.InvariantCulture)} codes."));
            return [];
        }

        var snapshot = catalogue.Current;
        for (var i = 0; i < values.Count; i++)
        {
            var field = string.Create(CultureInfo.InvariantCulture, $"commodityCodes[{i}]");
            var code = TariffInput.Code(field, values[i]?.Replace(" ", "", StringComparison.Ordinal).Replace(".", "", StringComparison.Ordinal), errors);
            if (code is null)
            {
                continue;
            }

            // Any nomenclature Tamga holds: a judgment may concern a code of an earlier year.
            var known = code.Length >= 8 ? snapshot.FindLine(code) is not null : snapshot.Hs.ContainsKey(code);
            if (!known)
            {
                errors.Add(new(field, "CODE-UNKNOWN", $"{field} {code} is not a code of the tariff or of the Harmonized System."));
                continue;
            }

            codes.Add(code);
        }

        return [.. codes];
    }

    private async Task<List<ConcernedRuling>> RulingsAsync(IReadOnlyList<ConcernedRuling?>? values, List<RuleViolation> errors, CancellationToken cancellationToken)
    {
        var rulings = new List<ConcernedRuling>();
        if (values is null || values.Count == 0)
        {
            return rulings;
        }

        if (values.Count > MaxRulings)
        {
            errors.Add(new("rulings", "RULING-COUNT", $"rulings has at most {MaxRulings.ToString(CultureInfo.InvariantCulture)} entries."));
            return rulings;
        }

        for (var i = 0; i < values.Count; i++)
        {
            var field = string.Create(CultureInfo.InvariantCulture, $"rulings[{i}].number");
            var number = values[i]?.Number?.Trim().ToUpperInvariant();
            if (string.IsNullOrEmpty(number) || number.Length > 20)
            {
                errors.Add(new(field, "RULING-UNKNOWN", $"{field} is the number of a ruling in the register, e.g. BTI-2026-00001."));
                continue;
            }

            if (rulings.Any(r => r.Number == number))
            {
                errors.Add(new(field, "RULING-DUPLICATE", $"{field} {number} is listed twice."));
                continue;
            }

            if (!await db.Rulings.AnyAsync(r => r.Number == number, cancellationToken))
            {
                errors.Add(new(field, "RULING-UNKNOWN", $"{field} {number} is not in the rulings register."));
                continue;
            }

            rulings.Add(new ConcernedRuling(number, values[i]!.Annuls));
        }

        return rulings;
    }
}

/// <summary>What an officer records: the judgment as published, the codes it concerns, and optionally the rulings it annuls or upholds.</summary>
internal sealed record CourtDecisionRecord(
    string? Court,
    string? CaseNumber,
    string? JudgmentDate,
    string? Parties,
    IReadOnlyList<string?>? CommodityCodes,
    string? Summary,
    string? OperativeText,
    IReadOnlyList<ConcernedRuling?>? Rulings);

/// <summary>A ruling the judgment concerns: <c>annuls</c> true when the judgment annuls it (from the judgment date), false when it upholds it.</summary>
internal sealed record ConcernedRuling(string? Number, bool Annuls);
