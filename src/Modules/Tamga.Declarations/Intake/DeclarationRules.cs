using System.Globalization;

using Tamga.Declarations.Domain;
using Tamga.Kernel.Errors;
using Tamga.Kernel.Identifiers;

namespace Tamga.Declarations.Intake;

/// <summary>Settings of the declaration rules; the code lists here are the UK CDS ones used by the samples.</summary>
internal sealed record DeclarationRuleOptions
{
    /// <summary>Most goods items on one declaration (999 in CDS, as the DEC-DMS schema allows).</summary>
    public int MaxGoodsItems { get; init; } = 999;

    /// <summary>Longest LRN (DE 2/5) on an original declaration.</summary>
    public int MaxLrnLength { get; init; } = 22;

    /// <summary>
    /// Whether DE 6/18 total packages must equal the sum of the items' DE 6/10 numbers of packages. Off by default:
    /// CDS accepts declarations where they differ (packages counted at different levels, e.g. 10 pallets holding
    /// 1000 cartons), as in the samples TT_EX046a, TT_IM123a and TT_IM177a.
    /// </summary>
    public bool PackageTotalsMustMatch { get; init; }

    /// <summary>DE 1/1 declaration types.</summary>
    public IReadOnlySet<string> DeclarationTypes { get; init; } = new HashSet<string>(StringComparer.Ordinal) { "IM", "EX", "CO" };

    /// <summary>DE 1/2 additional declaration types.</summary>
    public string AdditionalDeclarationTypes { get; init; } = "ABCDEFJKQXYZ";

    public static DeclarationRuleOptions Default { get; } = new();
}

/// <summary>
/// Business rules on the content of a declaration, an amendment or a cancellation, beyond what the schema checks.
/// Each violation has a stable rule code (<c>DEC-Rnnn</c>) and names the field with its data element number.
/// </summary>
internal static class DeclarationRules
{
    /// <summary>LRN (DE 2/5) missing.</summary>
    public const string LrnMissing = "DEC-R001";

    /// <summary>LRN too long.</summary>
    public const string LrnTooLong = "DEC-R002";

    /// <summary>LRN with characters outside letters, digits, space and <c>-_./:()+</c>.</summary>
    public const string LrnCharacters = "DEC-R003";

    /// <summary>Declaration type (DE 1/1 + 1/2) missing or unknown.</summary>
    public const string TypeCodeUnknown = "DEC-R004";

    /// <summary>Declarant identification number (DE 3/18) missing.</summary>
    public const string DeclarantMissing = "DEC-R005";

    /// <summary>Declarant identification number is not a well-formed EORI.</summary>
    public const string DeclarantEori = "DEC-R006";

    /// <summary>Another party's identification number is not a well-formed EORI/TIN.</summary>
    public const string PartyIdInvalid = "DEC-R007";

    /// <summary>Function code and type code do not make a declaration, an amendment or a cancellation.</summary>
    public const string MessageUnsupported = "DEC-R008";

    /// <summary>DE 1/9 total number of items differs from the number of goods items.</summary>
    public const string GoodsItemQuantityMismatch = "DEC-R010";

    /// <summary>DE 6/18 total packages differs from the sum of DE 6/10 (only with <see cref="DeclarationRuleOptions.PackageTotalsMustMatch"/>).</summary>
    public const string PackageTotalMismatch = "DEC-R011";

    /// <summary>DE 6/18 total packages is zero while goods items declare packages.</summary>
    public const string PackageTotalZero = "DEC-R012";

    /// <summary>No goods item.</summary>
    public const string NoGoodsItems = "DEC-R013";

    /// <summary>More goods items than allowed.</summary>
    public const string TooManyGoodsItems = "DEC-R014";

    /// <summary>DE 1/6 goods item numbers are not 1..n, each once (on an amendment: positive and unique).</summary>
    public const string ItemSequence = "DEC-R015";

    /// <summary>DE 6/14 commodity code not made of 8 or 10 digits (6 for low-value consignments, additional procedure 1H7).</summary>
    public const string CommodityCodeFormat = "DEC-R020";

    /// <summary>DE 6/14 commodity code whose first four digits are no Harmonized System heading.</summary>
    public const string CommodityHeadingUnknown = "DEC-R021";

    /// <summary>DE 1/10 procedure code missing or not 4 digits.</summary>
    public const string ProcedureCode = "DEC-R022";

    /// <summary>DE 1/11 additional procedure code not 3 letters or digits.</summary>
    public const string AdditionalProcedureCode = "DEC-R023";

    /// <summary>Unknown country code.</summary>
    public const string CountryUnknown = "DEC-R030";

    /// <summary>Unknown currency code.</summary>
    public const string CurrencyUnknown = "DEC-R031";

    /// <summary>Negative amount or quantity.</summary>
    public const string NegativeValue = "DEC-R032";

    /// <summary>Amendment or cancellation without a well-formed MRN of the declaration it applies to.</summary>
    public const string MrnInvalid = "DEC-R040";

    /// <summary>Amendment or cancellation without a change reason code.</summary>
    public const string ChangeReasonMissing = "DEC-R041";

    /// <summary>Cancellation without a statement of the reason (DE 2/2 description).</summary>
    public const string CancellationReasonMissing = "DEC-R042";

    /// <summary>Amendment without any pointer to what it changes.</summary>
    public const string AmendmentPointerMissing = "DEC-R043";

    private const string LrnPunctuation = " -_./:()+";
    private const string LowValueAdditionalProcedure = "1H7";

    public static IReadOnlyList<RuleViolation> Check(DeclarationContent d, IDeclarationCodes codes) =>
        Check(d, codes, DeclarationRuleOptions.Default);

    public static IReadOnlyList<RuleViolation> Check(DeclarationContent d, IDeclarationCodes codes, DeclarationRuleOptions options)
    {
        ArgumentNullException.ThrowIfNull(d);
        ArgumentNullException.ThrowIfNull(codes);
        ArgumentNullException.ThrowIfNull(options);

        var violations = new List<RuleViolation>();
        var kind = DeclarationKinds.Classify(d.FunctionCode, d.TypeCode);
        if (kind is null)
        {
            Add(violations, "functionCode", MessageUnsupported,
                $"Function code '{d.FunctionCode}' with type code '{d.TypeCode}' is neither a declaration (9), an amendment (13/COR) nor a cancellation (13/INV).");
        }

        CheckReference(d, kind, options, violations);
        switch (kind)
        {
            case DeclarationKind.Original:
                CheckOriginal(d, codes, options, violations);
                break;
            case DeclarationKind.Amendment:
                CheckAdditionalMessage(d, violations);
                if (!d.Amendments.Any(static a => !a.Pointers.IsEmpty))
                {
                    Add(violations, "amendments", AmendmentPointerMissing, "An amendment must point to what it changes (Amendment/Pointer).");
                }

                CheckItemSequencesOfAmendment(d, violations);
                break;
            case DeclarationKind.Cancellation:
                CheckAdditionalMessage(d, violations);
                if (!d.AdditionalInformation.Any(static i => !string.IsNullOrWhiteSpace(i.StatementDescription)))
                {
                    Add(violations, "additionalInformation", CancellationReasonMissing, "A cancellation must state its reason (AdditionalInformation/StatementDescription).");
                }

                break;
            case null:
                break;
        }

        CheckParties(d, codes, violations);
        if (d.GoodsItems.Count <= options.MaxGoodsItems)
        {
            CheckGoodsItems(d, violations);
            CheckCommodityCodes(d, codes, violations);
            CheckCountries(d, codes, violations);
            CheckMoneyAndQuantities(d, codes, violations);
        }

        return violations;
    }

    private static void CheckReference(DeclarationContent d, DeclarationKind? kind, DeclarationRuleOptions options, List<RuleViolation> violations)
    {
        const string path = "functionalReferenceId";
        var lrn = d.FunctionalReferenceId;
        if (string.IsNullOrWhiteSpace(lrn))
        {
            Add(violations, path, LrnMissing, "The LRN is missing.");
            return;
        }

        // An additional message has its own reference of up to 35 characters (the schema's limit), e.g. 25 in
        // TT_Add_Item_Scenario_v1; the 22-character limit is for the LRN of a declaration.
        var maxLength = kind is DeclarationKind.Original or null ? options.MaxLrnLength : 35;
        if (lrn.Length > maxLength)
        {
            Add(violations, path, LrnTooLong, Invariant($"The LRN has {lrn.Length} characters; at most {maxLength} are allowed."));
        }

        if (char.IsWhiteSpace(lrn[0]) || char.IsWhiteSpace(lrn[^1]) || !lrn.All(static c => char.IsAsciiLetterOrDigit(c) || LrnPunctuation.Contains(c, StringComparison.Ordinal)))
        {
            Add(violations, path, LrnCharacters, $"The LRN '{lrn}' may hold only letters, digits, inner spaces and the characters -_./:()+.");
        }
    }

    private static void CheckOriginal(DeclarationContent d, IDeclarationCodes codes, DeclarationRuleOptions options, List<RuleViolation> violations)
    {
        var type = d.TypeCode;
        if (type is not { Length: 3 } || !options.DeclarationTypes.Contains(type[..2]) || !options.AdditionalDeclarationTypes.Contains(type[2], StringComparison.Ordinal))
        {
            Add(violations, "typeCode", TypeCodeUnknown,
                $"The declaration type '{type}' is not a declaration type ({string.Join('/', options.DeclarationTypes.Order(StringComparer.Ordinal))}) followed by an additional declaration type ({options.AdditionalDeclarationTypes}).");
        }

        var declarant = d.Declarant?.Id;
        if (string.IsNullOrWhiteSpace(declarant))
        {
            Add(violations, "declarant.id", DeclarantMissing, "The declarant's identification number is missing.");
        }
        else if (!IsEori(declarant, codes))
        {
            Add(violations, "declarant.id", DeclarantEori, $"The declarant's identification number '{declarant}' is not a well-formed EORI.");
        }

        var items = d.GoodsItems;
        if (items.Count == 0)
        {
            Add(violations, "goodsShipment.goodsItems", NoGoodsItems, "A declaration needs at least one goods item.");
        }
        else if (items.Count > options.MaxGoodsItems)
        {
            Add(violations, "goodsShipment.goodsItems", TooManyGoodsItems,
                Invariant($"The declaration has {items.Count} goods items; at most {options.MaxGoodsItems} are allowed."));
        }

        if (d.GoodsItemQuantity is { } declared && declared != items.Count)
        {
            Add(violations, "goodsItemQuantity", GoodsItemQuantityMismatch,
                Invariant($"The total number of items is {declared} but the declaration has {items.Count} goods items."));
        }

        if (d.TotalPackageQuantity is { } total && items.Count <= options.MaxGoodsItems)
        {
            var sum = items.Sum(static item => item.Packages.Sum(static p => p.Quantity ?? 0m));
            if (options.PackageTotalsMustMatch && total != sum)
            {
                Add(violations, "totalPackageQuantity", PackageTotalMismatch,
                    Invariant($"The total packages is {total} but the goods items' packages add up to {sum}."));
            }
            else if (total == 0m && sum > 0m)
            {
                Add(violations, "totalPackageQuantity", PackageTotalZero,
                    Invariant($"The total packages is 0 but the goods items declare {sum} packages."));
            }
        }

        if (items.Count <= options.MaxGoodsItems)
        {
            var seen = new HashSet<int>();
            for (var i = 0; i < items.Count; i++)
            {
                var sequence = items[i].Sequence;
                if (sequence < 1 || sequence > items.Count)
                {
                    Add(violations, Invariant($"goodsShipment.goodsItems[{i}].sequence"), ItemSequence,
                        Invariant($"Goods item number {sequence} is outside 1..{items.Count}."));
                }
                else if (!seen.Add(sequence))
                {
                    Add(violations, Invariant($"goodsShipment.goodsItems[{i}].sequence"), ItemSequence,
                        Invariant($"Goods item number {sequence} is used more than once."));
                }

                if (items[i].ProcedureCode is null)
                {
                    Add(violations, Invariant($"goodsShipment.goodsItems[{i}].procedureCode"), ProcedureCode,
                        Invariant($"Goods item {sequence} has no procedure code."));
                }
            }
        }
    }

    private static void CheckAdditionalMessage(DeclarationContent d, List<RuleViolation> violations)
    {
        if (!Mrn.TryParse(d.Id, out _))
        {
            Add(violations, "id", MrnInvalid, $"'{d.Id}' is not a well-formed MRN of the declaration to change.");
        }

        if (!d.Amendments.Any(static a => !string.IsNullOrWhiteSpace(a.ChangeReasonCode)))
        {
            Add(violations, "amendments", ChangeReasonMissing, "The message has no change reason code (Amendment/ChangeReasonCode).");
        }
    }

    private static void CheckItemSequencesOfAmendment(DeclarationContent d, List<RuleViolation> violations)
    {
        var seen = new HashSet<int>();
        var items = d.GoodsItems;
        for (var i = 0; i < items.Count; i++)
        {
            if (items[i].Sequence < 1 || !seen.Add(items[i].Sequence))
            {
                Add(violations, Invariant($"goodsShipment.goodsItems[{i}].sequence"), ItemSequence,
                    Invariant($"Goods item number {items[i].Sequence} is not positive or is used more than once."));
            }
        }
    }

    private static void CheckParties(DeclarationContent d, IDeclarationCodes codes, List<RuleViolation> violations)
    {
        foreach (var (path, id) in PartyIdentifiers(d))
        {
            if (!string.IsNullOrWhiteSpace(id) && !IsEori(id, codes))
            {
                Add(violations, path, PartyIdInvalid, $"'{id}' is not a well-formed EORI or TIN.");
            }
        }
    }

    private static void CheckGoodsItems(DeclarationContent d, List<RuleViolation> violations)
    {
        var items = d.GoodsItems;
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            if (item.ProcedureCode is { } procedure && (procedure.Length != 4 || !procedure.All(char.IsAsciiDigit)))
            {
                Add(violations, Invariant($"goodsShipment.goodsItems[{i}].procedureCode"), ProcedureCode,
                    $"The procedure code '{procedure}' is not 4 digits.");
            }

            for (var j = 0; j < item.AdditionalProcedureCodes.Count; j++)
            {
                var code = item.AdditionalProcedureCodes[j];
                if (code.Length != 3 || !code.All(char.IsAsciiLetterOrDigit))
                {
                    Add(violations, Invariant($"goodsShipment.goodsItems[{i}].additionalProcedureCodes[{j}]"), AdditionalProcedureCode,
                        $"The additional procedure code '{code}' is not 3 letters or digits.");
                }
            }
        }
    }

    private static void CheckCommodityCodes(DeclarationContent d, IDeclarationCodes codes, List<RuleViolation> violations)
    {
        var items = d.GoodsItems;
        for (var i = 0; i < items.Count; i++)
        {
            if (items[i].CommodityCode is not { } code)
            {
                continue;
            }

            var path = Invariant($"goodsShipment.goodsItems[{i}].commodityCode");
            var lowValue = items[i].AdditionalProcedureCodes.Contains(LowValueAdditionalProcedure);
            var digits = code.All(char.IsAsciiDigit);
            if (!digits || !(code.Length is 8 or 10 || (code.Length == 6 && lowValue)))
            {
                Add(violations, path, CommodityCodeFormat, lowValue
                    ? $"The commodity code '{code}' is not 6, 8 or 10 digits."
                    : $"The commodity code '{code}' is not 8 or 10 digits.");
                continue;
            }

            // Only the heading is checked: declarations use the combined nomenclature of their date (the samples are
            // on an HS 2017 basis), so a subheading missing from the current HS edition is no error.
            if (!codes.IsKnownCommodityHeading(code[..4]))
            {
                Add(violations, path, CommodityHeadingUnknown, $"The commodity code '{code}' is under no Harmonized System heading ({code[..4]}).");
            }
        }
    }

    private static void CheckCountries(DeclarationContent d, IDeclarationCodes codes, List<RuleViolation> violations)
    {
        foreach (var (path, code) in CountryCodes(d))
        {
            if (code is not null && !codes.IsCountry(code))
            {
                Add(violations, path, CountryUnknown, $"'{code}' is not a known country code.");
            }
        }
    }

    private static void CheckMoneyAndQuantities(DeclarationContent d, IDeclarationCodes codes, List<RuleViolation> violations)
    {
        foreach (var (path, amount) in Amounts(d))
        {
            if (amount is null)
            {
                continue;
            }

            if (amount.Value < 0m)
            {
                Add(violations, path, NegativeValue, Invariant($"The amount {amount.Value} is negative."));
            }

            if (amount.Currency is { } currency && !codes.IsCurrency(currency))
            {
                Add(violations, path + ".currency", CurrencyUnknown, $"'{currency}' is not a known currency code.");
            }
        }

        for (var i = 0; i < d.CurrencyExchanges.Count; i++)
        {
            if (d.CurrencyExchanges[i].CurrencyTypeCode is { } currency && !codes.IsCurrency(currency))
            {
                Add(violations, Invariant($"currencyExchanges[{i}].currencyTypeCode"), CurrencyUnknown, $"'{currency}' is not a known currency code.");
            }
        }

        foreach (var (path, quantity) in Quantities(d))
        {
            if (quantity < 0m)
            {
                Add(violations, path, NegativeValue, Invariant($"The quantity {quantity} is negative."));
            }
        }
    }

    private static IEnumerable<(string Path, string? Id)> PartyIdentifiers(DeclarationContent d)
    {
        yield return ("submitter.id", d.Submitter?.Id);
        yield return ("exporter.id", d.Exporter?.Id);
        yield return ("agent.id", d.Agent?.Id);
        yield return ("consignment.carrier.id", d.Consignment?.Carrier?.Id);
        for (var i = 0; i < d.AuthorisationHolders.Count; i++)
        {
            yield return (Invariant($"authorisationHolders[{i}].id"), d.AuthorisationHolders[i].Id);
        }

        if (d.GoodsShipment is not { } shipment)
        {
            yield break;
        }

        yield return ("goodsShipment.importer.id", shipment.Importer?.Id);
        yield return ("goodsShipment.consignee.id", shipment.Consignee?.Id);
        yield return ("goodsShipment.consignor.id", shipment.Consignor?.Id);
        yield return ("goodsShipment.buyer.id", shipment.Buyer?.Id);
        yield return ("goodsShipment.seller.id", shipment.Seller?.Id);
    }

    private static IEnumerable<(string Path, string? Code)> CountryCodes(DeclarationContent d)
    {
        foreach (var (path, party) in Parties(d))
        {
            yield return (path + ".address.countryCode", party?.Address?.CountryCode);
        }

        yield return ("agent.address.countryCode", d.Agent?.Address?.CountryCode);
        yield return ("borderTransportMeans.registrationNationalityCode", d.BorderTransportMeans?.RegistrationNationalityCode);
        if (d.Consignment is { } carriage)
        {
            for (var i = 0; i < carriage.RoutingCountries.Count; i++)
            {
                yield return (Invariant($"consignment.routingCountries[{i}]"), carriage.RoutingCountries[i]);
            }
        }

        if (d.GoodsShipment is not { } shipment)
        {
            yield break;
        }

        yield return ("goodsShipment.destinationCountry", shipment.DestinationCountry);
        yield return ("goodsShipment.exportCountry", shipment.ExportCountry);
        yield return ("goodsShipment.consignment.goodsLocation.address.countryCode", shipment.Consignment?.GoodsLocation?.Address?.CountryCode);
        yield return ("goodsShipment.consignment.arrivalTransportMeans.registrationNationalityCode", shipment.Consignment?.ArrivalTransportMeans?.RegistrationNationalityCode);
        yield return ("goodsShipment.consignment.departureTransportMeans.registrationNationalityCode", shipment.Consignment?.DepartureTransportMeans?.RegistrationNationalityCode);
        for (var i = 0; i < shipment.GoodsItems.Count; i++)
        {
            var item = shipment.GoodsItems[i];
            var prefix = Invariant($"goodsShipment.goodsItems[{i}]");
            yield return (prefix + ".origin.country", item.Origin?.Country);
            yield return (prefix + ".preferentialOrigin.country", item.PreferentialOrigin?.Country);
            yield return (prefix + ".destinationCountry", item.DestinationCountry);
            yield return (prefix + ".exportCountry", item.ExportCountry);
        }
    }

    private static IEnumerable<(string Path, Party? Party)> Parties(DeclarationContent d)
    {
        yield return ("submitter", d.Submitter);
        yield return ("declarant", d.Declarant);
        yield return ("exporter", d.Exporter);
        yield return ("consignment.carrier", d.Consignment?.Carrier);
        if (d.GoodsShipment is not { } shipment)
        {
            yield break;
        }

        yield return ("goodsShipment.importer", shipment.Importer);
        yield return ("goodsShipment.consignee", shipment.Consignee);
        yield return ("goodsShipment.consignor", shipment.Consignor);
        yield return ("goodsShipment.buyer", shipment.Buyer);
        yield return ("goodsShipment.seller", shipment.Seller);
        for (var i = 0; i < shipment.GoodsItems.Count; i++)
        {
            var item = shipment.GoodsItems[i];
            var prefix = Invariant($"goodsShipment.goodsItems[{i}]");
            yield return (prefix + ".buyer", item.Buyer);
            yield return (prefix + ".seller", item.Seller);
            yield return (prefix + ".consignee", item.Consignee);
            yield return (prefix + ".consignor", item.Consignor);
        }
    }

    private static IEnumerable<(string Path, Amount? Amount)> Amounts(DeclarationContent d)
    {
        yield return ("invoiceAmount", d.InvoiceAmount);
        for (var i = 0; i < d.Guarantees.Count; i++)
        {
            yield return (Invariant($"guarantees[{i}].amount"), d.Guarantees[i].Amount);
        }

        foreach (var amount in DocumentAmounts("additionalDocuments", d.AdditionalDocuments))
        {
            yield return amount;
        }

        if (d.GoodsShipment is not { } shipment)
        {
            yield break;
        }

        yield return ("goodsShipment.freightCharge", shipment.FreightCharge);
        for (var i = 0; i < shipment.ChargeDeductions.Count; i++)
        {
            yield return (Invariant($"goodsShipment.chargeDeductions[{i}].amount"), shipment.ChargeDeductions[i].Amount);
        }

        for (var i = 0; i < shipment.GoodsItems.Count; i++)
        {
            var item = shipment.GoodsItems[i];
            var prefix = Invariant($"goodsShipment.goodsItems[{i}]");
            yield return (prefix + ".itemAmount", item.ItemAmount);
            yield return (prefix + ".customsValue", item.CustomsValue);
            yield return (prefix + ".statisticalValue", item.StatisticalValue);
            for (var j = 0; j < item.ChargeDeductions.Count; j++)
            {
                yield return (Invariant($"{prefix}.chargeDeductions[{j}].amount"), item.ChargeDeductions[j].Amount);
            }

            for (var j = 0; j < item.DutyTaxFees.Count; j++)
            {
                var duty = item.DutyTaxFees[j];
                var dutyPath = Invariant($"{prefix}.dutyTaxFees[{j}]");
                yield return (dutyPath + ".adValoremTaxBase", duty.AdValoremTaxBase);
                yield return (dutyPath + ".deductAmount", duty.DeductAmount);
                yield return (dutyPath + ".taxAssessedAmount", duty.TaxAssessedAmount);
                yield return (dutyPath + ".paymentAmount", duty.PaymentAmount);
            }

            foreach (var amount in DocumentAmounts(prefix + ".additionalDocuments", item.AdditionalDocuments))
            {
                yield return amount;
            }
        }
    }

    private static IEnumerable<(string Path, Amount? Amount)> DocumentAmounts(string prefix, ValueList<AdditionalDocument> documents)
    {
        for (var i = 0; i < documents.Count; i++)
        {
            yield return (Invariant($"{prefix}[{i}].writeOff.amount"), documents[i].WriteOff?.Amount);
        }
    }

    private static IEnumerable<(string Path, decimal Quantity)> Quantities(DeclarationContent d)
    {
        static IEnumerable<(string, decimal)> Present(string path, decimal? value)
        {
            if (value is { } v)
            {
                yield return (path, v);
            }
        }

        var all = Present("totalGrossMass", d.TotalGrossMass).Concat(Present("totalPackageQuantity", d.TotalPackageQuantity));
        for (var i = 0; i < d.CurrencyExchanges.Count; i++)
        {
            all = all.Concat(Present(Invariant($"currencyExchanges[{i}].rate"), d.CurrencyExchanges[i].Rate));
        }

        foreach (var pair in all)
        {
            yield return pair;
        }

        var items = d.GoodsItems;
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            var prefix = Invariant($"goodsShipment.goodsItems[{i}]");
            if (item.NetMass is { } net)
            {
                yield return (prefix + ".netMass", net);
            }

            if (item.GrossMass is { } gross)
            {
                yield return (prefix + ".grossMass", gross);
            }

            if (item.SupplementaryUnits is { } units)
            {
                yield return (prefix + ".supplementaryUnits", units);
            }

            for (var j = 0; j < item.Packages.Count; j++)
            {
                if (item.Packages[j].Quantity is { } packages)
                {
                    yield return (Invariant($"{prefix}.packages[{j}].quantity"), packages);
                }
            }

            for (var j = 0; j < item.DutyTaxFees.Count; j++)
            {
                var duty = item.DutyTaxFees[j];
                if (duty.TaxRate is { } rate)
                {
                    yield return (Invariant($"{prefix}.dutyTaxFees[{j}].taxRate"), rate);
                }

                if (duty.SpecificTaxBase is { } specificBase)
                {
                    yield return (Invariant($"{prefix}.dutyTaxFees[{j}].specificTaxBase"), specificBase.Value);
                }
            }
        }
    }

    /// <summary>
    /// Form of an EORI: a known country prefix and up to 15 letters or digits; GB and XI numbers are 12 or 15 digits.
    /// </summary>
    private static bool IsEori(string id, IDeclarationCodes codes)
    {
        if (!PartyIdentifier.IsValid(id) || !codes.IsCountry(id[..2]))
        {
            return false;
        }

        return id[..2] is not ("GB" or "XI") || (id.Length is 14 or 17 && id.AsSpan(2).IndexOfAnyExceptInRange('0', '9') < 0);
    }

    private static void Add(List<RuleViolation> violations, string path, string rule, string message) =>
        violations.Add(new RuleViolation(DataElements.Field(path), rule, message));

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
