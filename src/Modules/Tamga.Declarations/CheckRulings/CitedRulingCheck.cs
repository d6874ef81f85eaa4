using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Tamga.Declarations.Intake;
using Tamga.Kernel.Errors;
using Tamga.Tariff.Contracts;

namespace Tamga.Declarations.CheckRulings;

/// <summary>
/// Checks the rulings a declaration cites against the tariff module's rulings register (<see cref="IRulingCheck"/>)
/// when it is lodged: the ruling must exist, be valid on the day of acceptance, cover the declared commodity code
/// and have been issued to the declarant. Each failure is a business-rule violation naming the DE 2/3 document.
/// </summary>
internal sealed class CitedRulingCheck(IServiceProvider services)
{
    /// <summary>The cited ruling is not in the register (or the register is not available).</summary>
    public const string RulingUnknown = "DEC-R050";

    /// <summary>The ruling is not valid on the day of acceptance (expired or not yet valid).</summary>
    public const string RulingNotValid = "DEC-R051";

    /// <summary>The ruling was issued to another party than the declarant.</summary>
    public const string RulingOtherHolder = "DEC-R052";

    /// <summary>The goods item declares another commodity code than the ruling's.</summary>
    public const string RulingOtherCommodity = "DEC-R053";

    /// <summary>The stored ruling no longer matches its signature.</summary>
    public const string RulingNotAuthentic = "DEC-R054";

    // The tariff module registers the port; without it no citation can be verified.
    private readonly IRulingCheck? _register = services.GetService<IRulingCheck>();

    public async Task<IReadOnlyList<RuleViolation>> CheckAsync(IReadOnlyList<CitedRuling> cited, string declarant, DateOnly acceptance, CancellationToken cancellationToken)
    {
        if (cited.Count == 0)
        {
            return [];
        }

        var violations = new List<RuleViolation>();
        foreach (var citation in cited)
        {
            var outcome = _register is null || citation.Number.Length == 0
                ? new RulingCheckResult(citation.Number, RulingCheckOutcome.Unknown, null, null, null)
                : await _register.CheckAsync(citation.Number, acceptance, citation.CommodityCode, declarant, cancellationToken);
            if (Violation(citation, outcome, acceptance) is { } violation)
            {
                violations.Add(violation);
            }
        }

        return violations;
    }

    internal static RuleViolation? Violation(CitedRuling citation, RulingCheckResult result, DateOnly acceptance) => result.Outcome switch
    {
        RulingCheckOutcome.Valid => null,
        RulingCheckOutcome.Unknown => new(citation.Field, RulingUnknown, $"The binding tariff information ruling '{citation.Number}' (document code C626) is not in the rulings register."),
        RulingCheckOutcome.NotValidOnDate => new(citation.Field, RulingNotValid,
            Invariant($"The ruling {citation.Number} is valid from {result.ValidFrom:yyyy-MM-dd} to {result.ValidTo:yyyy-MM-dd}, not on {acceptance:yyyy-MM-dd}, the day of acceptance.")),
        RulingCheckOutcome.OtherHolder => new(citation.Field, RulingOtherHolder, $"The ruling {citation.Number} was not issued to the declarant (DE 3/18): only its holder may rely on it."),
        RulingCheckOutcome.OtherCommodity => new(citation.Field, RulingOtherCommodity,
            $"The ruling {citation.Number} classifies the goods under {result.CommodityCode}; the goods item declares '{citation.CommodityCode}' (DE 6/14–6/15)."),
        _ => new(citation.Field, RulingNotAuthentic, $"The ruling {citation.Number} no longer matches its signature and cannot be relied on."),
    };

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
