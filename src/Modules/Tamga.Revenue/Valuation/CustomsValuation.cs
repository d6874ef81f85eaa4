using System.Globalization;
using Tamga.Declarations.Contracts;

namespace Tamga.Revenue.Valuation;

/// <summary>The customs value of one goods item in the national currency, the method (DE 4/16) and how it was found.</summary>
internal sealed record ItemValue(int Item, decimal Value, string Method, string Basis);

/// <summary>The values of a declaration's items, or why an item cannot be valued (naming the data element).</summary>
internal sealed record ValuationOutcome(IReadOnlyList<ItemValue> Items, IReadOnlyList<ValuationProblem> Problems);

internal sealed record ValuationProblem(int Item, string Field, string Message);

/// <summary>
/// Customs valuation under the WTO Valuation Agreement (Agreement on Implementation of Article VII of the GATT 1994), as
/// applied in the UK by the Taxation (Cross-border Trade) Act 2018, Schedule 4.
/// <list type="bullet">
/// <item>Method 1, transaction value (Art. 1): the item price (DE 4/14) plus the additions of Art. 8 (DE 4/9 codes
/// beginning <c>A</c>: commissions, packing, assists, royalties, transport and insurance to the place of entry) minus the
/// deductions the Agreement allows to be shown separately (codes beginning <c>B</c>: transport after entry, duties and
/// taxes, interest…). Item-level charges go to the item; declaration-level charges and the freight charge are
/// apportioned across the items in proportion to their price.</item>
/// <item>Methods 2–6 (identical goods, similar goods, deductive, computed, fall-back): the customs value the declarant
/// declares, recorded with its method; without one, the item price is taken as the declared basis, and so noted.</item>
/// <item>Currency: converted at the rate declared in DE 4/15 for the currency; a foreign currency without a rate is an error.</item>
/// </list>
/// Values are kept to the penny (half away from zero).
/// </summary>
internal static class CustomsValuation
{
    public const string TransactionValue = "1";

    public static ValuationOutcome Value(DeclarationFacts declaration, string nationalCurrency)
    {
        var problems = new List<ValuationProblem>();
        var prices = new decimal?[declaration.Items.Count];
        for (var i = 0; i < declaration.Items.Count; i++)
        {
            var item = declaration.Items[i];
            if (item.ItemAmount is { } amount)
            {
                prices[i] = Convert(declaration, amount, item.ItemCurrency ?? declaration.InvoiceCurrency, nationalCurrency, item.Sequence, "itemAmount", problems);
            }
        }

        var totalPrice = prices.Sum(p => p ?? 0m);
        var shared = 0m;
        foreach (var charge in declaration.Charges)
        {
            shared += Sign(charge.Code) * (Convert(declaration, charge.Amount, charge.Currency, nationalCurrency, 0, "charges", problems) ?? 0m);
        }

        if (declaration.Freight is { } freight)
        {
            shared += Convert(declaration, freight.Value, freight.Currency, nationalCurrency, 0, "freight", problems) ?? 0m;
        }

        var values = new List<ItemValue>();
        for (var i = 0; i < declaration.Items.Count; i++)
        {
            var item = declaration.Items[i];
            var method = string.IsNullOrEmpty(item.ValuationMethod) ? TransactionValue : item.ValuationMethod;
            if (method is not ("1" or "2" or "3" or "4" or "5" or "6"))
            {
                problems.Add(new ValuationProblem(item.Sequence, "valuationMethod", $"valuation method (DE 4/16) '{method}' is not 1 to 6"));
                continue;
            }

            if (item.CustomsValue is { } declared)
            {
                if (Convert(declaration, declared.Value, declared.Currency, nationalCurrency, item.Sequence, "customsValue", problems) is { } converted)
                {
                    values.Add(new ItemValue(item.Sequence, Pennies(converted), method, $"customs value declared (method {method})"));
                }

                continue;
            }

            if (prices[i] is not { } price)
            {
                if (item.ItemAmount is null)
                {
                    problems.Add(new ValuationProblem(item.Sequence, "itemAmount", "no item price (DE 4/14) nor customs value to value the goods"));
                }

                continue;
            }

            var adjustments = 0m;
            foreach (var charge in item.Charges)
            {
                adjustments += Sign(charge.Code) * (Convert(declaration, charge.Amount, charge.Currency ?? item.ItemCurrency, nationalCurrency, item.Sequence, "charges", problems) ?? 0m);
            }

            var share = totalPrice == 0m ? 0m : shared * price / totalPrice;
            var value = Pennies(price + adjustments + share);
            if (value < 0m)
            {
                problems.Add(new ValuationProblem(item.Sequence, "charges", "the deductions (DE 4/9) exceed the price: the customs value would be negative"));
                continue;
            }

            var basis = method == TransactionValue
                ? Basis(price, adjustments, share)
                : $"method {method}: no customs value declared, the item price is taken as the declared basis";
            values.Add(new ItemValue(item.Sequence, value, method, basis));
        }

        return new ValuationOutcome(values, problems);
    }

    private static string Basis(decimal price, decimal adjustments, decimal share)
    {
        var text = string.Create(CultureInfo.InvariantCulture, $"transaction value (method 1): price {price:0.00}");
        if (adjustments != 0m)
        {
            text += string.Create(CultureInfo.InvariantCulture, $", item additions/deductions {adjustments:+0.00;-0.00}");
        }

        if (share != 0m)
        {
            text += string.Create(CultureInfo.InvariantCulture, $", share of declaration-level costs {share:+0.00;-0.00}");
        }

        return text;
    }

    /// <summary>DE 4/9: codes beginning with A are additions (Art. 8), with B deductions.</summary>
    private static decimal Sign(string code) => code.StartsWith('B') ? -1m : 1m;

    private static decimal Pennies(decimal value) => Math.Round(value, 2, MidpointRounding.AwayFromZero);

    private static decimal? Convert(DeclarationFacts declaration, decimal amount, string? currency, string national, int item, string field, List<ValuationProblem> problems)
    {
        if (amount < 0m)
        {
            problems.Add(new ValuationProblem(item, field, "an amount is negative"));
            return null;
        }

        if (currency is null || string.Equals(currency, national, StringComparison.OrdinalIgnoreCase))
        {
            return amount;
        }

        foreach (var rate in declaration.ExchangeRates)
        {
            if (string.Equals(rate.Currency, currency, StringComparison.OrdinalIgnoreCase) && rate.Rate > 0m)
            {
                return amount * rate.Rate;
            }
        }

        problems.Add(new ValuationProblem(item, field, $"no exchange rate (DE 4/15) for {currency} into {national}"));
        return null;
    }
}
