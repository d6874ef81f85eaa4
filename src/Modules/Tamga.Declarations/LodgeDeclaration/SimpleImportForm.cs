using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using Tamga.Declarations.Domain;

namespace Tamga.Declarations.LodgeDeclaration;

/// <summary>One goods item of the form, as typed (numbers are parsed when the declaration is built).</summary>
internal sealed class ItemInput
{
    public const string DefaultProcedure = "4000";

    public string Description { get; set; } = "";

    public string Commodity { get; set; } = "";

    public string Origin { get; set; } = "";

    public string Procedure { get; set; } = DefaultProcedure;

    public string NetMass { get; set; } = "";

    public string Value { get; set; } = "";

    public string Currency { get; set; } = "";
}

/// <summary>A problem found on the form: the input it belongs to (its id) and the resource key of its message.</summary>
internal sealed record FormProblem(string Field, string Key);

/// <summary>
/// The simple import form (a standard frontier import, IMA): what the trader typed, how it is checked for
/// completeness, how it becomes a declaration in Tamga's JSON form for the lodging and amendment handlers, and which
/// input each business rule's field (e.g. <c>DE 5/15 goodsShipment.goodsItems[0].origin.country</c>) belongs to.
/// </summary>
internal sealed partial class SimpleImportForm
{
    public const int MaxItems = 99;
    public const string TypeCode = "IMA";
    public const string DefaultCurrency = "GBP";

    /// <summary>The id of the place where problems that belong to no input are shown.</summary>
    public const string GeneralField = "form-errors";

    public string Lrn { get; set; } = "";

    public string Importer { get; set; } = "";

    public string Office { get; set; } = "";

    public List<ItemInput> Items { get; set; } = [];

    public static string ItemField(int index, string part) => string.Create(CultureInfo.InvariantCulture, $"item-{index}-{part}");

    /// <summary>The goods item (0-based) an input belongs to; null for the declaration's own inputs.</summary>
    public static int? ItemOf(string field) =>
        ItemInputPattern().Match(field) is { Success: true } match ? int.Parse(match.Groups[1].Value, NumberStyles.None, CultureInfo.InvariantCulture) : null;

    /// <summary>An empty form for a new declaration of <paramref name="party"/> (who is also the importer until changed).</summary>
    public static SimpleImportForm New(string party) => new()
    {
        Importer = party,
        Items = [new ItemInput { Currency = DefaultCurrency }],
    };

    /// <summary>The form filled in from a lodged declaration, to amend it.</summary>
    public static SimpleImportForm From(DeclarationContent content) => new()
    {
        Lrn = content.FunctionalReferenceId ?? "",
        Importer = content.GoodsShipment?.Importer?.Id ?? "",
        Office = content.PresentationOffice ?? "",
        Items = content.GoodsItems.Select(item => new ItemInput
        {
            Description = item.Description ?? "",
            Commodity = item.CommodityCode ?? "",
            Origin = item.Origin?.Country ?? "",
            Procedure = item.ProcedureCode ?? "",
            NetMass = item.NetMass?.ToString(CultureInfo.CurrentCulture) ?? "",
            Value = item.ItemAmount?.Value.ToString(CultureInfo.CurrentCulture) ?? "",
            Currency = item.ItemAmount?.Currency ?? content.InvoiceAmount?.Currency ?? DefaultCurrency,
        }).DefaultIfEmpty(new ItemInput { Currency = DefaultCurrency }).ToList(),
    };

    /// <summary>The form as posted; inputs are named as their ids.</summary>
    public static SimpleImportForm Read(IFormCollection form)
    {
        ArgumentNullException.ThrowIfNull(form);
        var count = int.TryParse(form["item-count"], NumberStyles.None, CultureInfo.InvariantCulture, out var posted) ? Math.Clamp(posted, 1, MaxItems) : 1;
        return new SimpleImportForm
        {
            Lrn = Text(form, "lrn"),
            Importer = Text(form, "importer"),
            Office = Text(form, "office"),
            Items = Enumerable.Range(0, count).Select(i => new ItemInput
            {
                Description = Text(form, ItemField(i, "description")),
                Commodity = Text(form, ItemField(i, "commodity")),
                Origin = Text(form, ItemField(i, "origin")),
                Procedure = Text(form, ItemField(i, "procedure")),
                NetMass = Text(form, ItemField(i, "mass")),
                Value = Text(form, ItemField(i, "value")),
                Currency = Text(form, ItemField(i, "currency")),
            }).ToList(),
        };
    }

    /// <summary>What must be filled in before the declaration can be built; the business rules check the rest.</summary>
    public List<FormProblem> CheckComplete(bool amending)
    {
        var problems = new List<FormProblem>();
        if (!amending && Lrn.Length == 0)
        {
            problems.Add(new("lrn", "Form.LrnRequired"));
        }

        if (Importer.Length == 0)
        {
            problems.Add(new("importer", "Form.ImporterRequired"));
        }

        if (Office.Length == 0)
        {
            problems.Add(new("office", "Form.OfficeRequired"));
        }

        for (var i = 0; i < Items.Count; i++)
        {
            var item = Items[i];
            if (item.Description.Length == 0)
            {
                problems.Add(new(ItemField(i, "description"), "Form.DescriptionRequired"));
            }

            if (item.Commodity.Length == 0)
            {
                problems.Add(new(ItemField(i, "commodity"), "Form.CommodityRequired"));
            }

            if (item.Origin.Length == 0)
            {
                problems.Add(new(ItemField(i, "origin"), "Form.OriginRequired"));
            }

            if (item.Procedure.Length == 0)
            {
                problems.Add(new(ItemField(i, "procedure"), "Form.ProcedureRequired"));
            }

            if (item.NetMass.Length > 0 && ParseNumber(item.NetMass) is null)
            {
                problems.Add(new(ItemField(i, "mass"), "Form.NumberInvalid"));
            }

            if (item.Value.Length == 0)
            {
                problems.Add(new(ItemField(i, "value"), "Form.ValueRequired"));
            }
            else if (ParseNumber(item.Value) is null)
            {
                problems.Add(new(ItemField(i, "value"), "Form.NumberInvalid"));
            }

            if (item.Currency.Length == 0)
            {
                problems.Add(new(ItemField(i, "currency"), "Form.CurrencyRequired"));
            }
        }

        return problems;
    }

    /// <summary>
    /// The declaration with the form's values. Amending, <paramref name="basis"/> is the lodged data: what the form
    /// does not show (transport, documents, duties…) is kept, item by item.
    /// </summary>
    public DeclarationContent ToContent(string declarant, string destinationCountry, DeclarationContent? basis)
    {
        var basisItems = basis?.GoodsItems ?? ValueList<GoodsItem>.Empty;
        var items = Items.Select((input, i) =>
        {
            var previous = i < basisItems.Count ? basisItems[i] : null;
            var commodity = input.Commodity.Replace(" ", "", StringComparison.Ordinal);
            var item = previous ?? new GoodsItem { AdditionalProcedureCodes = ValueList.From(["000"]) };
            return item with
            {
                Sequence = i + 1,
                Description = input.Description,
                CommodityCode = commodity,
                Classifications = Classifications(commodity, item.Classifications),
                Origin = new Origin(input.Origin, item.Origin?.Type ?? "1"),
                ProcedureCode = input.Procedure,
                NetMass = ParseNumber(input.NetMass),
                ItemAmount = new Amount(ParseNumber(input.Value) ?? 0m, input.Currency),
            };
        }).ToList();

        var currencies = items.Select(i => i.ItemAmount!.Currency).Distinct(StringComparer.Ordinal).ToList();
        var invoice = currencies.Count == 1 ? new Amount(items.Sum(i => i.ItemAmount!.Value), currencies[0]) : null;
        if (basis is not null && basis.InvoiceAmount is { } declared && !IsSumOfItems(declared, basisItems))
        {
            // The declared invoice total includes more than the items (freight, other lines): the trader's figure stays.
            invoice = declared;
        }

        var shipment = basis?.GoodsShipment ?? new GoodsShipment { DestinationCountry = destinationCountry };
        return (basis ?? new DeclarationContent
        {
            FunctionCode = DeclarationKinds.OriginalFunctionCode,
            FunctionalReferenceId = Lrn,
            TypeCode = TypeCode,
            Declarant = new Party { Id = declarant },
        }) with
        {
            GoodsItemQuantity = items.Count,
            InvoiceAmount = invoice,
            PresentationOffice = Office,
            GoodsShipment = shipment with
            {
                Importer = (shipment.Importer ?? new Party()) with { Id = Importer },
                GoodsItems = ValueList.From(items),
            },
        };
    }

    /// <summary>
    /// The input a business rule's field belongs to: the path after the data element number, e.g.
    /// <c>DE 6/14 goodsShipment.goodsItems[0].commodityCode</c> → <c>item-0-commodity</c>; <see cref="GeneralField"/> for
    /// data the form does not show.
    /// </summary>
    public static string InputFor(string field)
    {
        ArgumentNullException.ThrowIfNull(field);
        var path = field[(field.LastIndexOf(' ') + 1)..];
        if (ItemPath().Match(path) is { Success: true } item)
        {
            var index = int.Parse(item.Groups[1].Value, NumberStyles.None, CultureInfo.InvariantCulture);
            var member = item.Groups[2].Value;
            var rest = item.Groups[3].Value;
            string? part = member switch
            {
                "description" => "description",
                "commodityCode" or "classifications" => "commodity",
                "origin" => "origin",
                "procedureCode" or "additionalProcedureCodes" => "procedure",
                "netMass" => "mass",
                "itemAmount" => rest.EndsWith(".currency", StringComparison.Ordinal) ? "currency" : "value",
                _ => null,
            };
            return part is null ? GeneralField : ItemField(index, part);
        }

        return path switch
        {
            "functionalReferenceId" => "lrn",
            "presentationOffice" => "office",
            "goodsShipment.goodsItems" or "goodsItemQuantity" => ItemField(0, "description"),
            "invoiceAmount.currency" => ItemField(0, "currency"),
            "invoiceAmount" => ItemField(0, "value"),
            _ when path.StartsWith("goodsShipment.importer", StringComparison.Ordinal) => "importer",
            _ => GeneralField,
        };
    }

    /// <summary>A number as typed in the reader's language (1250,5 in French) or with a decimal point; no thousands separators, no sign.</summary>
    public static decimal? ParseNumber(string text)
    {
        const NumberStyles style = NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingWhite | NumberStyles.AllowTrailingWhite;
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        return decimal.TryParse(text, style, CultureInfo.CurrentCulture, out var value) || decimal.TryParse(text, style, CultureInfo.InvariantCulture, out value)
            ? value
            : null;
    }

    private static bool IsSumOfItems(Amount declared, ValueList<GoodsItem> items) =>
        items.Count > 0
        && items.All(i => i.ItemAmount is { } a && string.Equals(a.Currency ?? declared.Currency, declared.Currency, StringComparison.Ordinal))
        && items.Sum(i => i.ItemAmount!.Value) == declared.Value;

    /// <summary>The combined nomenclature (TSP, 8 digits) and TARIC (TRC, 2 digits) codes of a commodity code; other classifications kept.</summary>
    private static ValueList<Classification> Classifications(string commodity, ValueList<Classification> previous)
    {
        var kept = previous.Where(c => c.Type is not ("TSP" or "TRC") && !(c.Type == "GN" && c.Id.All(char.IsAsciiDigit))).ToList();
        if (commodity.All(char.IsAsciiDigit) && commodity.Length is 8 or 10)
        {
            kept.Insert(0, new Classification(commodity[..8], "TSP"));
            if (commodity.Length == 10)
            {
                kept.Insert(1, new Classification(commodity[8..], "TRC"));
            }
        }

        return ValueList.From(kept);
    }

    private static string Text(IFormCollection form, string name) => form[name].ToString().Trim();

    [GeneratedRegex(@"^item-(\d+)-", RegexOptions.CultureInvariant)]
    private static partial Regex ItemInputPattern();

    [GeneratedRegex(@"^goodsShipment\.goodsItems\[(\d+)\]\.([A-Za-z]+)(.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex ItemPath();
}
