using System.Globalization;

namespace Tamga.Tariff.Domain;

/// <summary>
/// A court or tribunal judgment on tariff classification, as the rulings database publishes it: what a published
/// judgment shows (court, case, date, the parties only where the judgment names them publicly, the codes concerned,
/// a summary and the operative part), never a trader's confidential data. Signed by Tamga over
/// <see cref="CanonicalText"/> when recorded, as rulings are. A judgment may annul rulings (from its date) or
/// uphold them.
/// </summary>
internal sealed class CourtDecision
{
    public const string DocumentType = "tamga-court-decision/1";

    /// <summary>The register's number, e.g. <c>CD-2026-00001</c>.</summary>
    public required string Number { get; init; }

    public required string Court { get; init; }

    /// <summary>The court's own case number, e.g. <c>C-123/25</c>.</summary>
    public required string CaseNumber { get; init; }

    /// <summary>Court and case number in lower case: one judgment is recorded once (unique).</summary>
    public required string CaseKey { get; init; }

    public DateOnly JudgmentDate { get; init; }

    /// <summary>The parties' names as the published judgment gives them; empty when they are not public.</summary>
    public string? Parties { get; init; }

    /// <summary>The commodity codes the judgment concerns, separated by one space, in ascending order.</summary>
    public required string CommodityCodes { get; init; }

    public required string Summary { get; init; }

    /// <summary>The operative part of the judgment.</summary>
    public required string OperativeText { get; init; }

    /// <summary>Everything published, in lower case, for the word search on either database (not signed).</summary>
    public string SearchText { get; init; } = "";

    public DateTimeOffset PublishedAt { get; init; }

    public required string Signature { get; set; }

    public required string KeyId { get; init; }

    public List<CourtDecisionRuling> Rulings { get; } = [];

    public IEnumerable<string> Codes => CommodityCodes.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    public static string KeyOf(string court, string caseNumber) => (court.Trim() + "|" + caseNumber.Trim()).ToLowerInvariant();

    /// <summary>Court, case, parties, codes, the rulings concerned, summary and operative text, for the word search.</summary>
    public static string SearchTextOf(string court, string caseNumber, string? parties, string codes, IEnumerable<string> rulings, string summary, string operativeText) =>
        string.Join('\n', court, caseNumber, parties ?? "", codes, string.Join(' ', rulings), summary, operativeText).ToLowerInvariant();

    /// <summary>The exact text that is signed, rebuilt from the stored fields (so any change to them, or to the rulings it annuls, breaks the signature).</summary>
    public string CanonicalText() => Platform.Signing.CanonicalText.Of(DocumentType,
    [
        new("number", Number),
        new("court", Court),
        new("case-number", CaseNumber),
        new("judgment-date", JudgmentDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
        new("parties", Parties),
        new("commodity-codes", CommodityCodes),
        new("rulings-annulled", string.Join(' ', Rulings.Where(r => r.Annuls).Select(r => r.RulingNumber).Order(StringComparer.Ordinal))),
        new("rulings-upheld", string.Join(' ', Rulings.Where(r => !r.Annuls).Select(r => r.RulingNumber).Order(StringComparer.Ordinal))),
        new("summary", Summary),
        new("operative-text", OperativeText),
        new("published-at", PublishedAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)),
        new("key-id", KeyId),
    ]);
}

/// <summary>A ruling a court decision concerns: annulled from the judgment date, or upheld.</summary>
internal sealed class CourtDecisionRuling
{
    public required string DecisionNumber { get; init; }

    public required string RulingNumber { get; init; }

    public bool Annuls { get; init; }
}

/// <summary>A ruling's annulment: from the judgment date of the court decision that annulled it.</summary>
internal sealed record Annulment(DateOnly From, string DecisionNumber);
