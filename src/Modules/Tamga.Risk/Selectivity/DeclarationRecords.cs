using Tamga.Declarations.Contracts;
using Tamga.Risk.Scoring;

namespace Tamga.Risk.Selectivity;

/// <summary>A declaration's goods items as the scoring model's rows.</summary>
internal static class DeclarationRecords
{
    public static IEnumerable<RiskRecord> Of(DeclarationFacts declaration, DateOnly date)
    {
        var invoiceShare = declaration.InvoiceAmount is { } invoice && declaration.Items.Count > 0 ? invoice / declaration.Items.Count : (decimal?)null;
        foreach (var item in declaration.Items)
        {
            yield return new RiskRecord
            {
                Id = $"{declaration.DeclarationId:N}/{item.Sequence}",
                Date = date,
                Office = declaration.PresentationOffice ?? declaration.SupervisingOffice ?? "",
                ImportType = declaration.TypeCode,
                ImportUse = item.ProcedureCode ?? "",
                TransportMode = declaration.BorderTransportMode ?? "",
                Declarant = declaration.RepresentativeId ?? declaration.DeclarantId,
                Importer = declaration.ImporterId ?? "",
                Seller = declaration.ExporterId ?? "",
                CommodityCode = item.CommodityCode,
                DepartureCountry = declaration.ExportCountry ?? "",
                OriginCountry = item.OriginCountry ?? "",
                TaxType = item.PreferenceCodes.FirstOrDefault() ?? "",
                NetMassKg = item.NetMassKg is { } mass ? (double)mass : double.NaN,
                ItemValue = (item.ItemAmount ?? invoiceShare) is { } value ? (double)value : double.NaN,
            };
        }
    }
}