namespace Tamga.Risk.Aeo;

/// <summary>
/// An Authorised Economic Operator authorisation held by a party, as an analyst registered it: its type (DE 3/39
/// AEOC customs simplifications, AEOS security and safety, AEOF both), the authorisation's reference and its validity.
/// A revoked authorisation stays, with who revoked it and why.
/// </summary>
internal sealed class AeoAuthorisation
{
    public static readonly IReadOnlyList<string> Types = ["AEOC", "AEOS", "AEOF"];

    public Guid Id { get; init; }

    /// <summary>The holder's EORI/TIN, normalised as the party registry does (upper case, no punctuation, country prefix).</summary>
    public string Identifier { get; init; } = "";

    /// <summary>AEOC, AEOS or AEOF.</summary>
    public string Type { get; init; } = "";

    /// <summary>The authorisation's number, e.g. GBAEOF0000123.</summary>
    public string? Reference { get; init; }

    public DateOnly ValidFrom { get; init; }

    public DateOnly? ValidTo { get; init; }

    public string RegisteredBy { get; init; } = "";

    public DateTimeOffset RegisteredAt { get; init; }

    public DateTimeOffset? RevokedAt { get; private set; }

    public string? RevokedBy { get; private set; }

    public string? RevocationNote { get; private set; }

    public bool IsValidOn(DateOnly day) => RevokedAt is null && ValidFrom <= day && (ValidTo is null || day <= ValidTo);

    public void Revoke(string by, DateTimeOffset at, string note)
    {
        RevokedAt = at;
        RevokedBy = by;
        RevocationNote = note;
    }

    public object View() => new
    {
        id = Id,
        identifier = Identifier,
        type = Type,
        reference = Reference,
        validFrom = ValidFrom,
        validTo = ValidTo,
        registeredBy = RegisteredBy,
        registeredAt = RegisteredAt,
        revokedAt = RevokedAt,
        revokedBy = RevokedBy,
        revocationNote = RevocationNote,
    };
}
