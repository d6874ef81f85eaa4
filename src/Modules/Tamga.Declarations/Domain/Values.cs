namespace Tamga.Declarations.Domain;

/// <summary>An amount of money: the value and its ISO 4217 currency (the <c>currencyID</c> attribute in the XML).</summary>
internal sealed record Amount(decimal Value, string? Currency = null);

/// <summary>A measured quantity with its UN/ECE Recommendation 20 unit (the <c>unitCode</c> attribute in the XML).</summary>
internal sealed record Measure(decimal Value, string? Unit = null);

/// <summary>A postal address (WCO class Address).</summary>
internal sealed record Address
{
    /// <summary>Street and number.</summary>
    public string? Line { get; init; }

    public string? CityName { get; init; }

    public string? PostcodeId { get; init; }

    /// <summary>ISO 3166-1 alpha-2 country code (or an administration's own code, such as XI).</summary>
    public string? CountryCode { get; init; }

    public string? CountrySubDivisionCode { get; init; }

    public string? CountrySubDivisionName { get; init; }

    /// <summary>Qualifier of the identification; used for the goods location (DE 5/23), e.g. <c>U</c> for UN/LOCODE.</summary>
    public string? TypeCode { get; init; }
}

/// <summary>A party identified by an EORI/TIN and/or a name and address (WCO classes Declarant, Exporter, Importer…).</summary>
internal sealed record Party
{
    public string? Name { get; init; }

    /// <summary>EORI or TIN.</summary>
    public string? Id { get; init; }

    public Address? Address { get; init; }
}

/// <summary>The representative: DE 3/19 name and address, DE 3/20 identification number, DE 3/21 status code.</summary>
internal sealed record Representative
{
    /// <summary>DE 3/19.</summary>
    public string? Name { get; init; }

    /// <summary>DE 3/20 representative identification number (EORI).</summary>
    public string? Id { get; init; }

    /// <summary>DE 3/19.</summary>
    public Address? Address { get; init; }

    /// <summary>DE 3/21 representative status code: 1 own name, 2 direct, 3 indirect representation.</summary>
    public string? FunctionCode { get; init; }
}

/// <summary>DE 3/39 holder of an authorisation: identification number and authorisation type.</summary>
internal sealed record AuthorisationHolder
{
    public string? Id { get; init; }

    /// <summary>Authorisation type code, e.g. <c>CGU</c>, <c>DPO</c>, <c>EIR</c>.</summary>
    public string? CategoryCode { get; init; }
}

/// <summary>DE 3/37 additional supply chain actor (WCO class AEOMutualRecognitionParty): identification and role.</summary>
internal sealed record AdditionalActor
{
    public string? Id { get; init; }

    /// <summary>Role code, e.g. <c>CS</c> consolidator, <c>MF</c> manufacturer, <c>FW</c> freight forwarder.</summary>
    public string? RoleCode { get; init; }
}

/// <summary>DE 3/40 additional fiscal reference (WCO class DomesticDutyTaxParty): VAT number and role.</summary>
internal sealed record FiscalReference
{
    public string? Id { get; init; }

    /// <summary>Role code, e.g. <c>FR1</c> importer, <c>FR2</c> customer.</summary>
    public string? RoleCode { get; init; }
}
