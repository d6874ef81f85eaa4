namespace Tamga.Tariff.Domain;

/// <summary>
/// A country or a group of countries that measures name as origin (e.g. a trade agreement's partners, GSP
/// beneficiaries). Loaded from an administration's data; Tamga ships none but the group "any country".
/// </summary>
internal sealed class GeographicalArea
{
    /// <summary>ISO 3166-1 alpha-2 for a country, a group code (e.g. <c>1011</c>) otherwise.</summary>
    public required string Code { get; init; }

    public required string Description { get; set; }

    public bool IsGroup { get; init; }
}

/// <summary>A member of an origin group, with the dates it belongs to it.</summary>
internal sealed class GeographicalAreaMember
{
    public required string GroupCode { get; init; }

    public required string MemberCode { get; init; }

    public DateOnly ValidFrom { get; init; }

    public DateOnly? ValidTo { get; set; }
}

/// <summary>A trade agreement granting preferential rates to originating goods of its partners.</summary>
internal sealed class TradeAgreement
{
    public required string Code { get; init; }

    public required string Name { get; set; }

    /// <summary>The origin group of the partners (a <see cref="GeographicalArea"/>).</summary>
    public required string PartnerArea { get; set; }

    public required string LegalBase { get; set; }

    public DateOnly ValidFrom { get; set; }

    public DateOnly? ValidTo { get; set; }
}

/// <summary>
/// A tariff quota: a volume imported at a reduced rate, first come first served, identified by its order number;
/// the quota measures (<see cref="MeasureTypes.NonPreferentialQuota"/>, <see cref="MeasureTypes.PreferentialQuota"/>) name it.
/// </summary>
internal sealed class TariffQuota
{
    public required string OrderNumber { get; init; }

    public DateOnly PeriodStart { get; init; }

    public DateOnly PeriodEnd { get; init; }

    public decimal Volume { get; set; }

    /// <summary>What is left of the volume for the period.</summary>
    public decimal Balance { get; set; }

    /// <summary>Measurement unit of the volume, see <see cref="MeasurementUnits"/>.</summary>
    public required string Unit { get; set; }
}
