using Microsoft.Extensions.Options;
using Tamga.Declarations.Contracts;

namespace Tamga.Declarations.Selectivity;

/// <summary>
/// Selectivity by explicit, configured criteria (<c>Modules:Declarations:Selectivity</c>) — the rule the
/// administration wrote, never a made-up score. Replaced by the Risk module's assessment when it is installed.
/// </summary>
internal sealed class ExplicitCriteriaSelectivity(IOptions<DeclarationsOptions> options) : IRiskAssessment
{
    public const string DecidedBy = "explicit selectivity criteria";

    public ValueTask<RiskDecision> AssessAsync(DeclarationFacts declaration, CancellationToken cancellationToken)
    {
        var reasons = new List<string>();
        var channel = Channel.Green;
        foreach (var criterion in options.Value.Selectivity)
        {
            if (!Matches(criterion, declaration))
            {
                continue;
            }

            reasons.Add($"{criterion.Name}: {criterion.Reason}");
            if (criterion.Channel > channel)
            {
                channel = criterion.Channel;
            }
        }

        if (reasons.Count == 0)
        {
            reasons.Add("no selectivity criterion matched");
        }

        return ValueTask.FromResult(new RiskDecision(channel, reasons, DecidedBy));
    }

    private static bool Matches(SelectivityCriterion criterion, DeclarationFacts declaration)
    {
        if (criterion.DeclarationTypes.Count > 0 && !criterion.DeclarationTypes.Contains(declaration.TypeCode, StringComparer.Ordinal))
        {
            return false;
        }

        return declaration.Items.Any(item =>
            (criterion.CommodityPrefixes.Count == 0 || criterion.CommodityPrefixes.Any(p => item.CommodityCode.StartsWith(p, StringComparison.Ordinal)))
            && (criterion.OriginCountries.Count == 0 || (item.OriginCountry is not null && criterion.OriginCountries.Contains(item.OriginCountry, StringComparer.Ordinal)))
            && (criterion.MinimumItemValue is null || item.ItemAmount >= criterion.MinimumItemValue));
    }
}

/// <summary>No duty calculation is installed: duties are shown as not assessed, never invented.</summary>
internal sealed class DutiesNotAssessed : IDutyAssessment
{
    public ValueTask<DutyAssessment> AssessAsync(DeclarationFacts declaration, DateOnly acceptanceDate, CancellationToken cancellationToken) =>
        ValueTask.FromResult(DutyAssessment.NotAssessed);
}
