namespace Tamga.Tariff.Contracts;

/// <summary>
/// Checks a binding ruling cited in a declaration: is ruling <c>number</c> valid on the date, for the declared
/// commodity code, and held by the declaring party? Owned by the tariff module (which keeps the rulings register).
/// </summary>
public interface IRulingCheck
{
    /// <param name="rulingNumber">The number cited, e.g. <c>BTI-2026-00001</c>.</param>
    /// <param name="date">The date that counts, e.g. the date the declaration is accepted.</param>
    /// <param name="commodityCode">The declared commodity code (8 or 10 digits): it must be the ruling's line, or a 10-digit code under the ruling's 8-digit one (or the reverse).</param>
    /// <param name="holderParty">The party (EORI) relying on the ruling: it must be the party the ruling was issued to.</param>
    Task<RulingCheckResult> CheckAsync(string rulingNumber, DateOnly date, string commodityCode, string holderParty, CancellationToken cancellationToken = default);
}

/// <summary>Why a cited ruling can or cannot be relied on; only <see cref="Valid"/> lets it be.</summary>
public enum RulingCheckOutcome
{
    Valid,

    /// <summary>No published ruling has this number.</summary>
    Unknown,

    /// <summary>The date is before the ruling's validity starts or after it ends.</summary>
    NotValidOnDate,

    /// <summary>The declared code is not the ruling's.</summary>
    OtherCommodity,

    /// <summary>The ruling was issued to another party.</summary>
    OtherHolder,

    /// <summary>The stored ruling no longer matches its signature: it must not be relied on.</summary>
    SignatureInvalid,
}

/// <summary>The answer, with the ruling's code and validity when it exists (null otherwise).</summary>
public sealed record RulingCheckResult(string RulingNumber, RulingCheckOutcome Outcome, string? CommodityCode, DateOnly? ValidFrom, DateOnly? ValidTo)
{
    public bool IsValid => Outcome == RulingCheckOutcome.Valid;
}
