namespace Tamga.Risk.Parties;

/// <summary>
/// An offence established against a party (<c>rsk_party_offences</c>): a customs breach found by an investigation,
/// a penalty or a court, recorded by an analyst, supervisor or officer. Offences are part of the party's compliance
/// history: they raise the channel of its declarations (see <see cref="PartyRegistry"/>) and are never shown to
/// traders.
/// </summary>
internal sealed class PartyOffence
{
    /// <summary>The kinds of offence (a small code list; see docs/risk.md).</summary>
    public static readonly IReadOnlyList<string> Kinds =
        ["smuggling", "undervaluation", "misclassification", "false-origin", "prohibited-goods", "false-documents", "other"];

    public Guid Id { get; init; }

    public Guid PartyId { get; init; }

    /// <summary>The party's number (PTY-nnnnnn) when recorded, for the audit trail and lists.</summary>
    public string PartyNumber { get; init; } = "";

    /// <summary>When the offence was committed (or established).</summary>
    public DateOnly OffenceDate { get; init; }

    /// <summary>One of <see cref="Kinds"/>.</summary>
    public string Kind { get; init; } = "";

    /// <summary>The case, penalty notice or judgment reference.</summary>
    public string Reference { get; init; } = "";

    public string Description { get; init; } = "";

    /// <summary>The penalty imposed, in the national currency, when there is one.</summary>
    public decimal? PenaltyAmount { get; init; }

    public string RecordedBy { get; init; } = "";

    public DateTimeOffset RecordedAt { get; init; }

    public object View() => new { Id, PartyId, PartyNumber, OffenceDate, Kind, Reference, Description, PenaltyAmount, RecordedBy, RecordedAt };
}
