namespace Tamga.Declarations.Intake;

/// <summary>
/// The code lists the declaration rules check against. Implemented from reference data; each administration adds
/// its own codes (the UK uses <c>XI</c> for Northern Ireland and continental-shelf codes such as <c>ZU</c>).
/// </summary>
internal interface IDeclarationCodes
{
    /// <summary>Whether <paramref name="code"/> is a country code the administration accepts (ISO 3166-1 alpha-2 and its own).</summary>
    bool IsCountry(string code);

    /// <summary>Whether <paramref name="code"/> is an ISO 4217 currency code in use.</summary>
    bool IsCurrency(string code);

    /// <summary>Whether <paramref name="hs4or6"/> (4 or 6 digits) is a heading or subheading of the Harmonized System.</summary>
    bool IsKnownCommodityHeading(string hs4or6);
}
