namespace Tamga.Tariff.Domain;

/// <summary>
/// A measure on goods: its type (third-country duty, VAT, preference, quota, suspension, prohibition…), the goods
/// it applies to, the origin it concerns, its dates (and season within the year), its legal base and, for duties
/// and taxes, the duty expression as published and its structured components.
/// </summary>
internal sealed class Measure
{
    /// <summary>Origin "any country" (TARIC's ERGA OMNES).</summary>
    public const string AnyOrigin = "1011";

    public long Id { get; init; }

    /// <summary>The nomenclature version whose lines the goods code designates.</summary>
    public required string NomenclatureId { get; init; }

    /// <summary>The line the measure is on; empty for a measure on every line of the nomenclature (e.g. the standard VAT rate).</summary>
    public required string GoodsCode { get; init; }

    /// <summary>Measure type code, see <see cref="MeasureTypes"/>.</summary>
    public required string MeasureType { get; init; }

    /// <summary>Country or origin group the measure concerns; <see cref="AnyOrigin"/> for all.</summary>
    public required string OriginArea { get; init; }

    public DateOnly ValidFrom { get; set; }

    /// <summary>Last day in force; null when no end is set.</summary>
    public DateOnly? ValidTo { get; set; }

    /// <summary>Days of the year the measure applies (e.g. <c>0101-0214;0616-1231</c>); null for the whole year.</summary>
    public string? Season { get; set; }

    /// <summary>
    /// An event the measure waits for before it takes effect, e.g. the end of a trade-remedy review; while set,
    /// the measure is published but applies on no date.
    /// </summary>
    public string? PendingUntil { get; set; }

    /// <summary>The duty expression as published (for duties and taxes).</summary>
    public string? Expression { get; set; }

    public ParseStatus ParseStatus { get; set; }

    /// <summary>What the parser assumed, or why it could not parse.</summary>
    public string? ParseNote { get; set; }

    public required string LegalBase { get; set; }

    /// <summary>A note for the reader, e.g. what the source says about the measure or what is not yet loaded.</summary>
    public string? Footnote { get; set; }

    /// <summary>Where the row comes from, e.g. <c>uk-tariff:ukgt_duty_rate</c> or <c>VAT Act 1994</c>.</summary>
    public required string Source { get; set; }

    /// <summary>For preferential rates: the trade agreement.</summary>
    public string? AgreementCode { get; set; }

    /// <summary>For quota measures: the quota order number.</summary>
    public string? QuotaOrderNumber { get; set; }

    public List<MeasureComponent> Components { get; init; } = [];

    public List<MeasureCondition> Conditions { get; init; } = [];
}

/// <summary>One part of a duty expression: e.g. <c>12 %</c>, <c>+ 147 GBP / 100 kg</c>, <c>MAX 18.7 %</c>.</summary>
internal sealed class MeasureComponent
{
    public long MeasureId { get; init; }

    public int Sequence { get; init; }

    public DutyClause Clause { get; init; }

    public DutyKind Kind { get; init; }

    /// <summary>Percentage for ad valorem parts, amount per unit for specific parts; null for components without an amount (EA, entry price…).</summary>
    public decimal? Rate { get; init; }

    public string? Currency { get; init; }

    /// <summary>Measurement unit code, see <see cref="MeasurementUnits"/>.</summary>
    public string? Unit { get; init; }

    /// <summary>Unit qualifier code, see <see cref="MeasurementUnits"/> (e.g. <c>E</c> net drained weight).</summary>
    public string? Qualifier { get; init; }
}

/// <summary>Where a component counts: added to the duty, or as its minimum or maximum.</summary>
internal enum DutyClause
{
    Duty,
    Minimum,
    Maximum,
}

internal enum DutyKind
{
    /// <summary>Percentage of the customs value.</summary>
    AdValorem,

    /// <summary>Amount per unit of quantity.</summary>
    Specific,

    /// <summary>EA: the agricultural component, set by the composition of the goods (Meursing table).</summary>
    AgriculturalComponent,

    /// <summary>ADSZ: additional duty on sugar, set by the sugar content.</summary>
    AdditionalDutyOnSugar,

    /// <summary>ADFM: additional duty on flour, set by the flour content.</summary>
    AdditionalDutyOnFlour,

    /// <summary>The duty depends on the entry price of the consignment (EU entry price system).</summary>
    EntryPrice,
}

internal enum ParseStatus
{
    /// <summary>Not a duty expression (e.g. a prohibition), nothing to parse.</summary>
    NotApplicable,
    Parsed,

    /// <summary>Parsed under a stated assumption (see the note), e.g. a missing percent sign.</summary>
    ParsedWithAssumption,
    Unparsed,
}

/// <summary>A condition of a measure: e.g. a licence of a named agency without which import is prohibited.</summary>
internal sealed class MeasureCondition
{
    public long MeasureId { get; init; }

    public int Sequence { get; init; }

    /// <summary>Condition code, e.g. <c>B</c> presentation of a certificate.</summary>
    public required string ConditionCode { get; init; }

    /// <summary>The document required (document type code), e.g. a licence.</summary>
    public string? RequiredDocument { get; init; }

    /// <summary>The agency issuing the document or carrying out the control (used by the Single Window).</summary>
    public string? Agency { get; init; }

    /// <summary>What happens when the condition is met or not, e.g. <c>import allowed</c> / <c>import refused</c>.</summary>
    public required string Action { get; init; }
}
