namespace Tamga.Tariff.Domain;

/// <summary>
/// The measure types Tamga knows, numbered as in TARIC and the UK Trade Tariff so that data from either loads
/// as it is. Rows of preferences, quotas, suspensions, remedies and prohibitions come from an administration's
/// data; none are invented here.
/// </summary>
internal static class MeasureTypes
{
    public const string ThirdCountryDuty = "103";
    public const string AutonomousSuspension = "112";
    public const string NonPreferentialQuota = "122";
    public const string TariffPreference = "142";
    public const string PreferentialQuota = "143";
    public const string ImportProhibition = "277";
    public const string ValueAddedTax = "305";
    public const string Excise = "306";
    public const string AntiDumpingDuty = "552";

    private static readonly Dictionary<string, string> Names = new(StringComparer.Ordinal)
    {
        [ThirdCountryDuty] = "Third country duty",
        [AutonomousSuspension] = "Autonomous tariff suspension",
        [NonPreferentialQuota] = "Non preferential tariff quota",
        [TariffPreference] = "Tariff preference",
        [PreferentialQuota] = "Preferential tariff quota",
        [ImportProhibition] = "Import prohibition",
        [ValueAddedTax] = "Value added tax",
        [Excise] = "Excise",
        [AntiDumpingDuty] = "Definitive anti-dumping duty",
    };

    public static string Describe(string code) => Names.GetValueOrDefault(code, code);
}
