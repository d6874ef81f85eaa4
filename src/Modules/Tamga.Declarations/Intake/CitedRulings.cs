using System.Globalization;
using Tamga.Declarations.Domain;

namespace Tamga.Declarations.Intake;

/// <summary>A binding tariff information ruling a goods item cites, where it is cited, and the code the item declares.</summary>
internal sealed record CitedRuling(string Field, string Number, string CommodityCode);

/// <summary>
/// The binding tariff information (BTI) rulings a declaration cites: a DE 2/3 document of a goods item with the
/// union document code <c>C626</c> (binding tariff information decision), the ruling's number in the document
/// identifier. The WCO DEC-DMS samples use <c>C644</c> for a certificate of inspection for organic products, not for
/// rulings (docs/declarations.md).
/// </summary>
internal static class CitedRulings
{
    public const string CategoryCode = "C";
    public const string TypeCode = "626";

    public static IReadOnlyList<CitedRuling> Of(DeclarationContent d)
    {
        List<CitedRuling>? cited = null;
        var items = d.GoodsItems;
        for (var i = 0; i < items.Count; i++)
        {
            var documents = items[i].AdditionalDocuments;
            for (var j = 0; j < documents.Count; j++)
            {
                if (documents[j].CategoryCode == CategoryCode && documents[j].TypeCode == TypeCode)
                {
                    var field = string.Create(CultureInfo.InvariantCulture, $"DE 2/3 goodsShipment.goodsItems[{i}].additionalDocuments[{j}].id");
                    (cited ??= []).Add(new CitedRuling(field, documents[j].Id?.Trim() ?? "", items[i].CommodityCode ?? ""));
                }
            }
        }

        return cited ?? (IReadOnlyList<CitedRuling>)[];
    }
}
