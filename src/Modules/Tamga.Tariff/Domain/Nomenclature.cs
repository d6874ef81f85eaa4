namespace Tamga.Tariff.Domain;

/// <summary>
/// One version of a nomenclature: the HS edition (e.g. HS 2022) or a national tariff built on an HS edition,
/// with the dates it is in force. Loaded once per source content (the hash tells a changed file).
/// </summary>
internal sealed class NomenclatureVersion
{
    public const string Hs2022 = "hs2022";
    public const string UkTariff = "uk-tariff";

    public required string Id { get; init; }

    public required string Name { get; set; }

    public required NomenclatureKind Kind { get; init; }

    /// <summary>The HS edition the version is built on, e.g. <c>HS 2017</c> for the UK tariff of 2021.</summary>
    public required string Basis { get; set; }

    public DateOnly EffectiveFrom { get; set; }

    /// <summary>Last day in force; null while in force without an announced end.</summary>
    public DateOnly? EffectiveTo { get; set; }

    public required string Source { get; set; }

    /// <summary>Hash of the loaded content; a source with another hash is a new version of the data.</summary>
    public required string ContentHash { get; set; }

    public int Entries { get; set; }

    public DateTimeOffset LoadedAt { get; set; }

    public bool InForceOn(DateOnly date) => EffectiveFrom <= date && (EffectiveTo is null || date <= EffectiveTo);
}

internal enum NomenclatureKind
{
    HarmonizedSystem,
    NationalTariff,
}

/// <summary>A section, chapter, heading or subheading of an HS edition.</summary>
internal sealed class HsEntry
{
    public required string VersionId { get; init; }

    /// <summary>Digits for chapters (2), headings (4) and subheadings (6); a Roman numeral for sections.</summary>
    public required string Code { get; init; }

    public required string Description { get; set; }

    /// <summary>Chapter's section, heading's chapter, subheading's heading; null for sections.</summary>
    public string? Parent { get; set; }

    /// <summary>1 section, 2 chapter, 4 heading, 6 subheading.</summary>
    public int Level { get; set; }
}

/// <summary>One line of a national tariff (8 or 10 digits), linked to the HS 2022 subheading when its 6 digits still exist there.</summary>
internal sealed class TariffLine
{
    public required string VersionId { get; init; }

    public required string Code { get; init; }

    public required string Description { get; set; }

    /// <summary>The HS 2022 subheading with the line's first six digits; null when HS 2022 no longer has them (an unmapped line).</summary>
    public string? Hs2022Subheading { get; set; }

    /// <summary>What the source says changed with this line, e.g. <c>Simplified</c>, <c>Liberalised</c>.</summary>
    public string? ChangeNote { get; set; }

    /// <summary>Source flag: a trade remedy (anti-dumping, countervailing, safeguard) applies; its measures are not in the source.</summary>
    public bool TradeRemedyApplies { get; set; }

    /// <summary>Source flag: the CET rate applies until the trade-remedy transition reviews conclude.</summary>
    public bool CetUntilTradeRemedyReview { get; set; }

    /// <summary>Source flag: a tariff suspension applies; its measures are not in the source.</summary>
    public bool SuspensionApplies { get; set; }

    /// <summary>Source flag: an autonomous tariff quota applies; its order number and volume are not in the source.</summary>
    public bool QuotaApplies { get; set; }
}
