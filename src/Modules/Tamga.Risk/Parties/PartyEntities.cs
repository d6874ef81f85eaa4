namespace Tamga.Risk.Parties;

/// <summary>A resolved trade participant (<c>rsk_parties</c>): the name first seen stands for it.</summary>
internal sealed class PartyRow
{
    public Guid Id { get; init; }

    public string Number { get; init; } = "";

    public string Name { get; init; } = "";

    public DateTimeOffset FirstSeenAt { get; init; }
}

/// <summary>The kinds of <see cref="PartyKeyRow"/>.</summary>
internal static class PartyKeyKinds
{
    public const string Identifier = "identifier";
    public const string Name = "name";
    public const string Address = "address";
}

/// <summary>
/// An identifier, a spelling of the name or an address by which a party was recognised (<c>rsk_party_keys</c>):
/// the normalised value, as it was declared, and the reason it was linked to the party.
/// </summary>
internal sealed class PartyKeyRow
{
    public Guid Id { get; init; }

    public Guid PartyId { get; init; }

    public string Kind { get; init; } = "";

    /// <summary>Normalised (see <see cref="PartyKeys"/>).</summary>
    public string Value { get; init; } = "";

    /// <summary>As declared.</summary>
    public string Shown { get; init; } = "";

    /// <summary>For names: the normalised postcode it was declared with (the name + postcode rule).</summary>
    public string? Postcode { get; init; }

    public string Reason { get; init; } = "";

    public Guid? DeclarationId { get; init; }

    public DateTimeOffset LinkedAt { get; init; }
}

/// <summary>A party's part in a declaration (<c>rsk_party_declarations</c>): the role it was declared in.</summary>
internal sealed class PartyDeclarationRow
{
    public Guid PartyId { get; init; }

    public Guid DeclarationId { get; init; }

    public string Role { get; init; } = "";

    public DateTimeOffset SeenAt { get; init; }
}

/// <summary>A control of one of a party's declarations and what it found (<c>rsk_party_controls</c>).</summary>
internal sealed class PartyControlRow
{
    public Guid PartyId { get; init; }

    public Guid DeclarationId { get; init; }

    public bool Irregularity { get; init; }

    public decimal RevenueRaised { get; init; }

    public DateTimeOffset RecordedAt { get; init; }
}

/// <summary>
/// The latest risk assessment of a declaration (<c>rsk_assessments</c>): office, channel and the profiles that hit it,
/// for hit rates and inspection rates.
/// </summary>
internal sealed class AssessmentRow
{
    public Guid DeclarationId { get; init; }

    public string Office { get; set; } = "";

    public Declarations.Contracts.Channel Channel { get; set; }

    /// <summary>Numbers of the profiles that selected it, space separated.</summary>
    public string Profiles { get; set; } = "";

    public DateTimeOffset AssessedAt { get; set; }
}
