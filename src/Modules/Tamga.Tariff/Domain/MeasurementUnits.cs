namespace Tamga.Tariff.Domain;

/// <summary>
/// Measurement units and unit qualifiers of specific duties, with the codes TARIC and the UK tariff use
/// (UN/ECE Recommendation 20 codes for the units).
/// </summary>
internal static class MeasurementUnits
{
    public const string Kilogram = "KGM";
    public const string HundredKilograms = "DTN";
    public const string Tonne = "TNE";
    public const string Litre = "LTR";
    public const string Hectolitre = "HLT";
    public const string Item = "NAR";
    public const string ThousandItems = "MIL";
    public const string Metre = "MTR";
    public const string HundredMetres = "HMT";
    public const string SquareMetre = "MTK";
    public const string CubicMetre = "MTQ";
    public const string PercentVolume = "ASV";

    private static readonly Dictionary<string, string> UnitNames = new(StringComparer.Ordinal)
    {
        [Kilogram] = "kg",
        [HundredKilograms] = "100 kg",
        [Tonne] = "tonne",
        [Litre] = "litre",
        [Hectolitre] = "hl",
        [Item] = "item",
        [ThousandItems] = "1,000 items",
        [Metre] = "m",
        [HundredMetres] = "100 m",
        [SquareMetre] = "m²",
        [CubicMetre] = "m³",
        [PercentVolume] = "% vol",
    };

    /// <summary>Qualifiers: which quantity of the goods the unit counts.</summary>
    private static readonly Dictionary<string, string> QualifierNames = new(StringComparer.Ordinal)
    {
        ["A"] = "of total alcohol",
        ["E"] = "net drained weight",
        ["G"] = "gross",
        ["M"] = "net dry matter",
        ["N"] = "net",
        ["P"] = "of lactic matter",
        ["R"] = "standard quality",
        ["T"] = "of dry lactic matter",
        ["X"] = "per hectolitre",
        ["Z"] = "per 1% by weight of sucrose",
    };

    public static bool IsUnit(string code) => UnitNames.ContainsKey(code);

    public static string Describe(string unit, string? qualifier)
    {
        var name = UnitNames.GetValueOrDefault(unit, unit);
        return qualifier is null ? name : name + " " + QualifierNames.GetValueOrDefault(qualifier, qualifier);
    }

    public static string? DescribeQualifier(string? qualifier) => qualifier is null ? null : QualifierNames.GetValueOrDefault(qualifier, qualifier);
}
