using Microsoft.Extensions.Options;
using Tamga.Declarations.Contracts;
using Tamga.Declarations.Domain;
using Tamga.Declarations.Intake;
using Tamga.ReferenceData.Contracts;

namespace Tamga.Declarations.Processing;

/// <summary>Reads Tamga JSON or WCO DEC-DMS XML, checks the business rules against the code lists, and extracts the facts.</summary>
internal sealed class DeclarationIntake(ICodeLists codeLists, IOptions<DeclarationsOptions> options) : IDeclarationIntake
{
    private readonly DecDmsReader _xml = new();
    private readonly ReferenceCodes _codes = new(codeLists);

    public IntakeOutcome Read(ReadOnlyMemory<byte> body, BodyFormat format, Guid declarationId)
    {
        var result = format == BodyFormat.Xml ? _xml.Read(body) : DeclarationJson.Read(body.Span);
        if (!result.Succeeded)
        {
            return new IntakeMalformed(result.Problems);
        }

        var content = result.Declaration.Content;
        var violations = DeclarationRules.Check(content, _codes, new DeclarationRuleOptions { MaxGoodsItems = options.Value.MaxGoodsItems });
        return new IntakeParsed(result.Declaration.Kind, DeclarationJson.Write(content), Facts(content, declarationId), violations, AmendmentReason(content),
            Intake.CitedRulings.Of(content));
    }

    /// <summary>The facts other modules assess; lengths are clamped to what is stored (the rules have reported anything longer).</summary>
    public static DeclarationFacts Facts(DeclarationContent d, Guid id)
    {
        var declarant = Clamp(d.Declarant?.Id, 17) ?? "";
        var representative = Clamp(d.Agent?.Id, 17) ?? (d.Agent?.FunctionCode is "2" or "3" && declarant.Length > 0 ? declarant : null);
        var shipment = d.GoodsShipment;
        var items = (shipment?.GoodsItems ?? ValueList<GoodsItem>.Empty).Select(i => new GoodsItemFacts(
            i.Sequence,
            i.Description ?? "",
            i.CommodityCode ?? "",
            i.Origin?.Country,
            i.ProcedureCode,
            i.AdditionalProcedureCodes.ToList(),
            i.NetMass,
            i.SupplementaryUnits,
            i.ItemAmount?.Value,
            i.ItemAmount?.Currency ?? d.InvoiceAmount?.Currency,
            i.DutyTaxFees.Select(f => f.DutyRegimeCode).OfType<string>().Distinct().ToList(),
            i.AdditionalDocuments.Select(a => a.CategoryCode + a.TypeCode).Distinct().ToList())
        {
            AdditionalCodes = AdditionalCodes(i.Classifications),
            PreferentialOrigin = i.PreferentialOrigin?.Country,
            ValuationMethod = i.ValuationMethod,
            ValuationIndicator = i.ValuationIndicator,
            CustomsValue = Fact(i.CustomsValue),
            StatisticalValue = Fact(i.StatisticalValue),
            Charges = Charges(i.ChargeDeductions),
            DeclaredTaxes = i.DutyTaxFees.Count == 0 ? [] : i.DutyTaxFees.Select(f => new DeclaredTaxFact(
                f.TypeCode, f.DutyRegimeCode, f.QuotaOrderId, f.AdValoremTaxBase?.Value ?? f.SpecificTaxBase?.Value, f.TaxRate, f.TaxAssessedAmount?.Value, f.MethodCode)
            {
                BaseUnit = f.AdValoremTaxBase is null ? f.SpecificTaxBase?.Unit : null,
            }).ToList(),
            AdditionalInformationCodes = InformationCodes(i.AdditionalInformation, d.AdditionalInformation),
        }).ToList();
        return new DeclarationFacts(
            id,
            Clamp(d.FunctionalReferenceId, 35) is { Length: > 0 } lrn ? lrn : "NO-LRN-" + id.ToString("N")[..12],
            Clamp(d.TypeCode, 3) ?? "",
            declarant,
            representative,
            Clamp(shipment?.Importer?.Id, 17),
            Clamp(d.Exporter?.Id, 17),
            Clamp(d.PresentationOffice, 8),
            Clamp(d.SupervisingOffice, 8),
            shipment?.ExportCountry,
            shipment?.DestinationCountry,
            d.BorderTransportMeans?.ModeCode,
            d.InvoiceAmount?.Currency,
            d.InvoiceAmount?.Value,
            items)
        {
            ExchangeRates = d.CurrencyExchanges.Count == 0 ? [] : d.CurrencyExchanges
                .Where(c => c.CurrencyTypeCode is not null && c.Rate is not null)
                .Select(c => new ExchangeRateFact(c.CurrencyTypeCode!, c.Rate!.Value)).ToList(),
            Charges = Charges(shipment?.ChargeDeductions ?? ValueList<ChargeDeduction>.Empty),
            Freight = Fact(shipment?.FreightCharge),
            AuthorisationTypes = d.AuthorisationHolders.Count == 0 ? [] : d.AuthorisationHolders.Select(a => a.CategoryCode).OfType<string>().Distinct().ToList(),
            Parties = Parties(d),
        };
    }

    /// <summary>The declared parties with names and addresses, for the risk module's party registry.</summary>
    private static IReadOnlyList<PartyFact> Parties(DeclarationContent d)
    {
        var parties = new List<PartyFact>(6);
        void Add(string role, string? id, string? name, Address? address)
        {
            if (id is null && name is null)
            {
                return;
            }

            parties.Add(new PartyFact(role, Clamp(id, 17), Clamp(name, 70), Clamp(address?.Line, 70), Clamp(address?.CityName, 35), Clamp(address?.PostcodeId, 17), Clamp(address?.CountryCode, 2)));
        }

        var shipment = d.GoodsShipment;
        Add(PartyRoles.Importer, shipment?.Importer?.Id, shipment?.Importer?.Name, shipment?.Importer?.Address);
        Add(PartyRoles.Exporter, d.Exporter?.Id, d.Exporter?.Name, d.Exporter?.Address);
        Add(PartyRoles.Declarant, d.Declarant?.Id, d.Declarant?.Name, d.Declarant?.Address);
        Add(PartyRoles.Representative, d.Agent?.Id, d.Agent?.Name, d.Agent?.Address);
        Add(PartyRoles.Seller, shipment?.Seller?.Id, shipment?.Seller?.Name, shipment?.Seller?.Address);
        Add(PartyRoles.Buyer, shipment?.Buyer?.Id, shipment?.Buyer?.Name, shipment?.Buyer?.Address);
        foreach (var item in shipment?.GoodsItems ?? ValueList<GoodsItem>.Empty)
        {
            if (item.Seller is { } seller && !parties.Any(p => p.Role == PartyRoles.Seller && p.Id == seller.Id && p.Name == seller.Name))
            {
                Add(PartyRoles.Seller, seller.Id, seller.Name, seller.Address);
            }

            if (item.Buyer is { } buyer && !parties.Any(p => p.Role == PartyRoles.Buyer && p.Id == buyer.Id && p.Name == buyer.Name))
            {
                Add(PartyRoles.Buyer, buyer.Id, buyer.Name, buyer.Address);
            }
        }

        return parties;
    }

    /// <summary>DE 2/2 codes of the item, then of the declaration (the free-text amendment reasons, type <c>AES</c>, left out).</summary>
    private static IReadOnlyList<string> InformationCodes(ValueList<AdditionalInformation> item, ValueList<AdditionalInformation> header)
    {
        if (item.Count == 0 && header.Count == 0)
        {
            return [];
        }

        return item.Concat(header)
            .Where(a => a.StatementTypeCode != "AES" && !string.IsNullOrEmpty(a.StatementCode))
            .Select(a => a.StatementCode!)
            .Distinct(StringComparer.Ordinal)
            .ToList();
    }

    private static AmountFact? Fact(Amount? amount) => amount is null ? null : new AmountFact(amount.Value, amount.Currency);

    private static IReadOnlyList<ChargeFact> Charges(ValueList<ChargeDeduction> charges) => charges.Count == 0
        ? []
        : charges.Where(c => c.ChargesTypeCode is not null && c.Amount is not null).Select(c => new ChargeFact(c.ChargesTypeCode!, c.Amount!.Value, c.Amount.Currency)).ToList();

    /// <summary>DE 6/16 TARIC additional codes (<c>TRA</c>) and DE 6/17 national additional codes (non-numeric <c>GN</c>, e.g. <c>VATZ</c>).</summary>
    private static IReadOnlyList<string> AdditionalCodes(ValueList<Classification> classifications)
    {
        List<string>? codes = null;
        foreach (var c in classifications)
        {
            if (c.Type == "TRA" || (c.Type == "GN" && !c.Id.All(char.IsAsciiDigit)))
            {
                (codes ??= []).Add(c.Id);
            }
        }

        return codes ?? (IReadOnlyList<string>)[];
    }

    private static string? AmendmentReason(DeclarationContent d) =>
        d.AdditionalInformation.FirstOrDefault(a => a.StatementTypeCode == "AES")?.StatementDescription
        ?? d.Amendments.FirstOrDefault()?.ChangeReasonCode;

    private static string? Clamp(string? value, int length) => value is null ? null : value.Length <= length ? value : value[..length];

    /// <summary>The rules' code look-ups, answered by the reference data module's in-memory code lists.</summary>
    private sealed class ReferenceCodes(ICodeLists lists) : IDeclarationCodes
    {
        public bool IsCountry(string code) => lists.Contains(CodeListNames.Countries, code);

        public bool IsCurrency(string code) => lists.Contains(CodeListNames.Currencies, code);

        public bool IsKnownCommodityHeading(string hs4or6) => lists.Contains(CodeListNames.Hs2022, hs4or6);
    }
}
