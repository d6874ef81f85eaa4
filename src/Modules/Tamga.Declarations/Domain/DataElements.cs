using System.Collections.Frozen;
using System.Text;

namespace Tamga.Declarations.Domain;

/// <summary>
/// The EU/UK data element number (DE group/number) of each property of <see cref="DeclarationContent"/>, keyed by
/// its JSON path (camelCase, <c>[]</c> for a list element). Used to name fields in errors, e.g.
/// <c>DE 6/14 goodsShipment.goodsItems[2].commodityCode</c>.
/// </summary>
internal static class DataElements
{
    private const string Item = "goodsShipment.goodsItems[].";

    public static FrozenDictionary<string, string> Map { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["typeCode"] = "DE 1/1",
        ["goodsItemQuantity"] = "DE 1/9",
        ["specificCircumstancesCode"] = "DE 1/7",
        ["functionalReferenceId"] = "DE 2/5",
        ["additionalInformation"] = "DE 2/2",
        ["additionalDocuments"] = "DE 2/3",
        ["exporter"] = "DE 3/1",
        ["exporter.id"] = "DE 3/2",
        ["declarant"] = "DE 3/17",
        ["declarant.id"] = "DE 3/18",
        ["agent"] = "DE 3/19",
        ["agent.id"] = "DE 3/20",
        ["agent.functionCode"] = "DE 3/21",
        ["consignment.carrier"] = "DE 3/31",
        ["consignment.carrier.id"] = "DE 3/32",
        ["authorisationHolders"] = "DE 3/39",
        ["authorisationHolders[].id"] = "DE 3/39",
        ["consignment.freightPaymentMethodCode"] = "DE 4/2",
        ["invoiceAmount"] = "DE 4/11",
        ["invoiceAmount.currency"] = "DE 4/10",
        ["currencyExchanges"] = "DE 4/15",
        ["currencyExchanges[].currencyTypeCode"] = "DE 4/15",
        ["exitOffice"] = "DE 5/12",
        ["consignment.routingCountries"] = "DE 5/18",
        ["consignment.routingCountries[]"] = "DE 5/18",
        ["presentationOffice"] = "DE 5/26",
        ["supervisingOffice"] = "DE 5/27",
        ["totalGrossMass"] = "DE 6/5",
        ["totalPackageQuantity"] = "DE 6/18",
        ["borderTransportMeans.id"] = "DE 7/14",
        ["borderTransportMeans.registrationNationalityCode"] = "DE 7/15",
        ["borderTransportMeans.modeCode"] = "DE 7/4",
        ["guarantees[].securityDetailsCode"] = "DE 8/2",
        ["guarantees[].id"] = "DE 8/3",
        ["guarantees[].amount"] = "DE 8/3",
        ["guarantees[].amount.currency"] = "DE 8/3",
        ["goodsShipment.transactionNatureCode"] = "DE 8/5",
        ["goodsShipment.previousDocuments"] = "DE 2/1",
        ["goodsShipment.ucr"] = "DE 2/4",
        ["goodsShipment.warehouse"] = "DE 2/7",
        ["goodsShipment.consignor"] = "DE 3/7",
        ["goodsShipment.consignor.id"] = "DE 3/8",
        ["goodsShipment.consignee"] = "DE 3/9",
        ["goodsShipment.consignee.id"] = "DE 3/10",
        ["goodsShipment.importer"] = "DE 3/15",
        ["goodsShipment.importer.id"] = "DE 3/16",
        ["goodsShipment.seller"] = "DE 3/24",
        ["goodsShipment.seller.id"] = "DE 3/25",
        ["goodsShipment.buyer"] = "DE 3/26",
        ["goodsShipment.buyer.id"] = "DE 3/27",
        ["goodsShipment.additionalActors"] = "DE 3/37",
        ["goodsShipment.fiscalReferences"] = "DE 3/40",
        ["goodsShipment.tradeTerms"] = "DE 4/1",
        ["goodsShipment.freightCharge"] = "DE 4/9",
        ["goodsShipment.freightCharge.currency"] = "DE 4/9",
        ["goodsShipment.chargeDeductions"] = "DE 4/9",
        ["goodsShipment.chargeDeductions[].amount"] = "DE 4/9",
        ["goodsShipment.chargeDeductions[].amount.currency"] = "DE 4/9",
        ["goodsShipment.destinationCountry"] = "DE 5/8",
        ["goodsShipment.exportCountry"] = "DE 5/14",
        ["goodsShipment.consignment.goodsLocation"] = "DE 5/23",
        ["goodsShipment.consignment.goodsLocation.address.countryCode"] = "DE 5/23",
        ["goodsShipment.consignment.loadingLocation"] = "DE 5/21",
        ["goodsShipment.consignment.containerCode"] = "DE 7/2",
        ["goodsShipment.consignment.departureTransportMeans"] = "DE 7/7",
        ["goodsShipment.consignment.departureTransportMeans.modeCode"] = "DE 7/5",
        ["goodsShipment.consignment.arrivalTransportMeans"] = "DE 7/9",
        ["goodsShipment.consignment.arrivalTransportMeans.modeCode"] = "DE 7/5",
        ["goodsShipment.consignment.transportEquipment"] = "DE 7/10",
        ["goodsShipment.consignment.transportEquipment[].seals"] = "DE 7/18",
        ["goodsShipment.goodsItems"] = "DE 1/6",
        [Item + "sequence"] = "DE 1/6",
        [Item + "procedureCode"] = "DE 1/10",
        [Item + "additionalProcedureCodes"] = "DE 1/11",
        [Item + "additionalProcedureCodes[]"] = "DE 1/11",
        [Item + "previousDocuments"] = "DE 2/1",
        [Item + "additionalInformation"] = "DE 2/2",
        [Item + "additionalDocuments"] = "DE 2/3",
        [Item + "ucr"] = "DE 2/4",
        [Item + "consignor"] = "DE 3/7",
        [Item + "consignee"] = "DE 3/9",
        [Item + "seller"] = "DE 3/24",
        [Item + "buyer"] = "DE 3/26",
        [Item + "additionalActors"] = "DE 3/37",
        [Item + "fiscalReferences"] = "DE 3/40",
        [Item + "dutyTaxFees[].typeCode"] = "DE 4/3",
        [Item + "dutyTaxFees[].specificTaxBase"] = "DE 4/4",
        [Item + "dutyTaxFees[].adValoremTaxBase"] = "DE 4/4",
        [Item + "dutyTaxFees[].adValoremTaxBase.currency"] = "DE 4/4",
        [Item + "dutyTaxFees[].taxRate"] = "DE 4/5",
        [Item + "dutyTaxFees[].taxAssessedAmount"] = "DE 4/6",
        [Item + "dutyTaxFees[].taxAssessedAmount.currency"] = "DE 4/6",
        [Item + "dutyTaxFees[].paymentAmount"] = "DE 4/7",
        [Item + "dutyTaxFees[].paymentAmount.currency"] = "DE 4/7",
        [Item + "dutyTaxFees[].methodCode"] = "DE 4/8",
        [Item + "dutyTaxFees[].dutyRegimeCode"] = "DE 4/17",
        [Item + "dutyTaxFees[].quotaOrderId"] = "DE 8/1",
        [Item + "chargeDeductions"] = "DE 4/9",
        [Item + "chargeDeductions[].amount"] = "DE 4/9",
        [Item + "chargeDeductions[].amount.currency"] = "DE 4/9",
        [Item + "valuationIndicator"] = "DE 4/13",
        [Item + "itemAmount"] = "DE 4/14",
        [Item + "itemAmount.currency"] = "DE 4/14",
        [Item + "valuationMethod"] = "DE 4/16",
        [Item + "destinationCountry"] = "DE 5/8",
        [Item + "exportCountry"] = "DE 5/14",
        [Item + "origin"] = "DE 5/15",
        [Item + "origin.country"] = "DE 5/15",
        [Item + "preferentialOrigin"] = "DE 5/16",
        [Item + "preferentialOrigin.country"] = "DE 5/16",
        [Item + "netMass"] = "DE 6/1",
        [Item + "supplementaryUnits"] = "DE 6/2",
        [Item + "grossMass"] = "DE 6/5",
        [Item + "description"] = "DE 6/8",
        [Item + "packages[].typeCode"] = "DE 6/9",
        [Item + "packages[].quantity"] = "DE 6/10",
        [Item + "packages[].marks"] = "DE 6/11",
        [Item + "dangerousGoods"] = "DE 6/12",
        [Item + "classifications"] = "DE 6/14",
        [Item + "commodityCode"] = "DE 6/14",
        [Item + "transportEquipment"] = "DE 7/10",
        [Item + "transactionNatureCode"] = "DE 8/5",
        [Item + "statisticalValue"] = "DE 99/6",
        [Item + "statisticalValue.currency"] = "DE 99/6",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The data element number of a path; list indexes in the path are ignored (<c>goodsItems[3]</c> → <c>goodsItems[]</c>).</summary>
    public static string? Of(string path) => Map.GetValueOrDefault(WithoutIndexes(path));

    /// <summary>A field name for an error: the data element number, a space and the path (the path alone if it has no number).</summary>
    public static string Field(string path) => Of(path) is { } element ? $"{element} {path}" : path;

    private static string WithoutIndexes(string path)
    {
        if (!path.Contains('[', StringComparison.Ordinal))
        {
            return path;
        }

        var builder = new StringBuilder(path.Length);
        var inIndex = false;
        foreach (var c in path)
        {
            if (c == '[')
            {
                inIndex = true;
                builder.Append('[');
            }
            else if (c == ']')
            {
                inIndex = false;
                builder.Append(']');
            }
            else if (!inIndex)
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }
}
