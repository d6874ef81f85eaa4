using Tamga.Declarations.Contracts;

namespace Tamga.Risk.Selectivity;

/// <summary>
/// The explicit rules the administration wrote: each matching rule gives its channel and its reason; the highest
/// channel wins; no matching rule is green. The same semantics as the declarations module's configured criteria.
/// </summary>
internal sealed class ExplicitRules(IReadOnlyList<RiskRule> rules)
{
    public IReadOnlyList<RiskRule> Rules => rules;

    public (Channel Channel, List<string> Reasons) Evaluate(DeclarationFacts declaration)
    {
        var reasons = new List<string>();
        var channel = Channel.Green;
        foreach (var rule in rules)
        {
            if (!Matches(rule, declaration))
            {
                continue;
            }

            reasons.Add($"{rule.Name}: {rule.Reason}");
            if (rule.Channel > channel)
            {
                channel = rule.Channel;
            }
        }

        return (channel, reasons);
    }

    private static bool Matches(RiskRule rule, DeclarationFacts declaration)
    {
        if (rule.DeclarationTypes.Count > 0 && !rule.DeclarationTypes.Contains(declaration.TypeCode, StringComparer.Ordinal))
        {
            return false;
        }

        return declaration.Items.Any(item =>
            (rule.CommodityPrefixes.Count == 0 || rule.CommodityPrefixes.Any(p => item.CommodityCode.StartsWith(p, StringComparison.Ordinal)))
            && (rule.OriginCountries.Count == 0 || (item.OriginCountry is not null && rule.OriginCountries.Contains(item.OriginCountry, StringComparer.Ordinal)))
            && (rule.MinimumItemValue is null || item.ItemAmount >= rule.MinimumItemValue));
    }
}