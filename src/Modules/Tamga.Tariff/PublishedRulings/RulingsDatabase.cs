using Microsoft.EntityFrameworkCore;
using Tamga.Platform.Signing;
using Tamga.Platform.Web;
using Tamga.Tariff.Domain;

namespace Tamga.Tariff.PublishedRulings;

/// <summary>What the public search of the rulings database lists.</summary>
internal enum RegisterKind
{
    All,
    Rulings,
    CourtDecisions,
}

/// <summary>The court decisions of the rulings database, and the search over rulings and court decisions together.</summary>
internal sealed partial class RulingRegister
{
    public const int MaxPageSize = 100;

    /// <summary>
    /// Rulings and court decisions matching the query (a code prefix, a number prefix, or words all of which the
    /// published text holds), newest publication first, one page at a time.
    /// </summary>
    public async Task<PageOf<RegisterEntry>> SearchDatabaseAsync(string? query, RegisterKind kind, int? page, int? size, CancellationToken cancellationToken)
    {
        var rulings = kind == RegisterKind.CourtDecisions ? null : Matching(query);
        var decisions = kind == RegisterKind.Rulings ? null : MatchingDecisions(query);
        var total = (rulings is null ? 0 : await rulings.CountAsync(cancellationToken)) + (decisions is null ? 0 : await decisions.CountAsync(cancellationToken));
        var pageSize = Math.Clamp(size ?? Paging.DefaultSize, 1, MaxPageSize);
        var pages = total == 0 ? 1 : (total + pageSize - 1) / pageSize;
        var number = Math.Clamp(page ?? 1, 1, pages);
        var needed = number * pageSize;

        // Each list is newest first: the page is among the first `needed` of each.
        var entries = new List<RegisterEntry>();
        if (rulings is not null)
        {
            var found = await rulings.OrderByDescending(r => r.PublishedAt).Take(needed).ToListAsync(cancellationToken);
            await WithAnnulmentsAsync(found, cancellationToken);
            var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
            entries.AddRange(found.Select(r => RegisterEntry.Of(r, today)));
        }

        if (decisions is not null)
        {
            var found = await decisions.Include(d => d.Rulings).OrderByDescending(d => d.PublishedAt).Take(needed).ToListAsync(cancellationToken);
            entries.AddRange(found.Select(RegisterEntry.Of));
        }

        var items = entries.OrderByDescending(e => e.PublishedAt).ThenByDescending(e => e.Number, StringComparer.Ordinal)
            .Skip((number - 1) * pageSize).Take(pageSize).ToList();
        return new PageOf<RegisterEntry>(items, number, pageSize, total);
    }

    private IQueryable<CourtDecision> MatchingDecisions(string? query)
    {
        var decisions = db.CourtDecisions.AsNoTracking();
        if (string.IsNullOrWhiteSpace(query))
        {
            return decisions;
        }

        var compact = query.Trim();
        if (compact.All(char.IsAsciiDigit))
        {
            var inside = " " + compact;
            return decisions.Where(d => d.CommodityCodes.StartsWith(compact) || d.CommodityCodes.Contains(inside));
        }

        if (compact.StartsWith("CD-", StringComparison.OrdinalIgnoreCase))
        {
            var number = compact.ToUpperInvariant();
            return decisions.Where(d => d.Number.StartsWith(number));
        }

        foreach (var word in compact.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(10))
        {
            decisions = decisions.Where(d => d.SearchText.Contains(word));
        }

        return decisions;
    }

    public Task<CourtDecision?> FindDecisionAsync(string number, CancellationToken cancellationToken) =>
        db.CourtDecisions.AsNoTracking().Include(d => d.Rulings).FirstOrDefaultAsync(d => d.Number == number.Trim().ToUpperInvariant(), cancellationToken);

    /// <summary>Checks the court decision's stored signature against the text rebuilt from its stored fields and the rulings it concerns.</summary>
    public RulingVerification Verify(CourtDecision decision)
    {
        var text = decision.CanonicalText();
        var valid = string.Equals(decision.KeyId, signer.KeyId, StringComparison.Ordinal) && signer.Verify(text, decision.Signature);
        return new RulingVerification(decision.Number, valid, decision.KeyId, DocumentSigner.Algorithm, decision.Signature, text);
    }

    /// <summary>
    /// The court decisions that annul the ruling, each with whether its signature still verifies: an annulment is
    /// relied on only from a decision that is still authentic.
    /// </summary>
    public async Task<IReadOnlyList<(CourtDecision Decision, bool Authentic)>> AnnullingDecisionsAsync(string rulingNumber, CancellationToken cancellationToken)
    {
        var numbers = await db.CourtDecisionRulings.AsNoTracking().Where(r => r.RulingNumber == rulingNumber && r.Annuls).Select(r => r.DecisionNumber).ToListAsync(cancellationToken);
        if (numbers.Count == 0)
        {
            return [];
        }

        var decisions = await db.CourtDecisions.AsNoTracking().Include(d => d.Rulings).Where(d => numbers.Contains(d.Number)).ToListAsync(cancellationToken);
        return decisions.Select(d => (d, Verify(d).Valid)).ToList();
    }

    /// <summary>Sets each ruling's annulment: the earliest judgment that annulled it.</summary>
    private async Task WithAnnulmentsAsync(IReadOnlyList<Ruling> rulings, CancellationToken cancellationToken)
    {
        if (rulings.Count == 0)
        {
            return;
        }

        var numbers = rulings.Select(r => r.Number).ToList();
        var annulled = await (from concerned in db.CourtDecisionRulings.AsNoTracking()
                              join decision in db.CourtDecisions.AsNoTracking() on concerned.DecisionNumber equals decision.Number
                              where concerned.Annuls && numbers.Contains(concerned.RulingNumber)
                              select new { concerned.RulingNumber, decision.Number, decision.JudgmentDate }).ToListAsync(cancellationToken);
        var earliest = annulled.GroupBy(a => a.RulingNumber)
            .ToDictionary(g => g.Key, g => g.OrderBy(a => a.JudgmentDate).ThenBy(a => a.Number, StringComparer.Ordinal).First(), StringComparer.Ordinal);
        foreach (var ruling in rulings)
        {
            if (earliest.TryGetValue(ruling.Number, out var first))
            {
                ruling.Annulment = new Annulment(first.JudgmentDate, first.Number);
            }
        }
    }
}

/// <summary>One result of the rulings database: a ruling or a court decision, as published.</summary>
public sealed record RegisterEntry(
    string Kind,
    string Number,
    DateOnly Date,
    IReadOnlyList<string> CommodityCodes,
    string Title,
    string Summary,
    string? Status,
    DateTimeOffset PublishedAt)
{
    public const string RulingKind = "ruling";
    public const string CourtDecisionKind = "court-decision";

    internal static RegisterEntry Of(Ruling r, DateOnly today) =>
        new(RulingKind, r.Number, r.ValidFrom, [r.CommodityCode], r.GoodsDescription, r.Justification,
            r.Annulment is { } a && a.From <= today ? "annulled" : r.ValidOn(today) ? "valid" : today < r.ValidFrom ? "not-yet-valid" : "expired", r.PublishedAt);

    internal static RegisterEntry Of(CourtDecision d) =>
        new(CourtDecisionKind, d.Number, d.JudgmentDate, d.Codes.ToList(), $"{d.Court}, {d.CaseNumber}", d.Summary, null, d.PublishedAt);
}

/// <summary>A court decision as published, with the rulings it annuls or upholds.</summary>
public sealed record PublishedCourtDecision(
    string Number,
    string Court,
    string CaseNumber,
    DateOnly JudgmentDate,
    string? Parties,
    IReadOnlyList<string> CommodityCodes,
    string Summary,
    string OperativeText,
    IReadOnlyList<string> RulingsAnnulled,
    IReadOnlyList<string> RulingsUpheld,
    DateTimeOffset PublishedAt,
    string KeyId,
    string Signature)
{
    internal static PublishedCourtDecision From(CourtDecision d) =>
        new(d.Number, d.Court, d.CaseNumber, d.JudgmentDate, d.Parties, d.Codes.ToList(), d.Summary, d.OperativeText,
            d.Rulings.Where(r => r.Annuls).Select(r => r.RulingNumber).Order(StringComparer.Ordinal).ToList(),
            d.Rulings.Where(r => !r.Annuls).Select(r => r.RulingNumber).Order(StringComparer.Ordinal).ToList(),
            d.PublishedAt, d.KeyId, d.Signature);
}
