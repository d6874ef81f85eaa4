using System.ComponentModel.DataAnnotations;

using Tamga.Declarations.Contracts;

namespace Tamga.Risk;

/// <summary>Settings of the Risk module, bound from <c>Modules:Risk</c> and validated on start.</summary>
internal sealed class RiskOptions
{
    public const string Section = "Modules:Risk";

    /// <summary>
    /// Where versioned model files (<c>risk-*.risk-model.zip</c>) are kept; the newest is used. Relative paths are
    /// under the data directory. Empty folder or no folder: no model, the rules decide alone.
    /// </summary>
    [Required]
    public string ModelDirectory { get; set; } = "risk-models";

    /// <summary>
    /// How often the scoring model is trained again on the labelled history (<see cref="RetrainingData"/> and every
    /// control result recorded in Tamga), e.g. <c>7.00:00:00</c> for weekly; counted from the training time of the
    /// model in use. Empty: no scheduled retraining (<c>risk train</c> installs models by hand).
    /// </summary>
    public TimeSpan? RetrainEvery { get; set; }

    /// <summary>CSV files of past control results (KCS layout) that each scheduled retraining starts from.</summary>
    public List<string> RetrainingData { get; set; } = [];

    /// <summary>Control results needed before a scheduled retraining runs at all.</summary>
    [Range(100, int.MaxValue)]
    public int RetrainingMinimumRows { get; set; } = 1_000;

    /// <summary>Boosting iterations of a scheduled retraining; empty: the production setting.</summary>
    [Range(10, 5_000)]
    public int? RetrainingIterations { get; set; }

    /// <summary>
    /// How often the host looks for a newer model file in <see cref="ModelDirectory"/> (one installed by
    /// <c>risk train</c>, a scheduled retraining or another host) and whether a retraining is due.
    /// </summary>
    public TimeSpan ModelCheckEvery { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Model probability from which a declaration goes red (physical examination).</summary>
    [Range(0.0, 1.0)]
    public double RedScore { get; set; } = 0.9;

    /// <summary>Model probability from which a declaration goes yellow (documentary check).</summary>
    [Range(0.0, 1.0)]
    public double YellowScore { get; set; } = 0.6;

    /// <summary>
    /// Share of the declarations that nothing selected, in percent, sent to a documentary check at random to measure
    /// compliance (and to give the scoring model labels beyond what it already suspects). 0 draws none.
    /// </summary>
    [Range(0.0, 20.0)]
    public decimal RandomSamplePercent { get; set; }

    /// <summary>
    /// Exploration beyond the model, in percent of declarations (0 to 20, default 0: none). Among the declarations that
    /// the rules, profiles, party histories, valuation and score leave green, some go to a documentary check "to
    /// explore": the probability grows with the model's uncertainty about the declaration and the novelty of its goods
    /// and origin (few past controls), scaled so that on average this share is picked. No model: no exploration.
    /// </summary>
    [Range(0.0, 20.0)]
    public decimal ExplorationPercent { get; set; }

    /// <summary>Declarations of the same goods (HS subheading) and origin needed before a unit value is judged.</summary>
    [Range(5, 100_000)]
    public int ValuationMinimumHistory { get; set; } = 20;

    /// <summary>
    /// A unit value more than this many standard deviations (log scale) below its history goes to a documentary
    /// check (2.5: about the lowest 0.6 % of a log-normal spread).
    /// </summary>
    [Range(1.0, 10.0)]
    public double ValuationFlagBelowDeviations { get; set; } = 2.5;

    /// <summary>
    /// Declarations of the same goods and origin by the same importer needed before its unit value is judged against
    /// its own past (its spread is taken as at least 10 %, so a trader that always declares one price is not flagged
    /// for a small change).
    /// </summary>
    [Range(2, 100_000)]
    public int ValuationImporterMinimumHistory { get; set; } = 5;

    /// <summary>
    /// Declarations a valuation history weighs fully; beyond, each new one weighs 1/window (exponential forgetting),
    /// so that the usual value follows prices and each history stays four numbers.
    /// </summary>
    [Range(10, 10_000_000)]
    public int ValuationWindow { get; set; } = 1_000;

    /// <summary>
    /// Importers' own valuation histories (importer × HS subheading × origin) held at most; beyond, new importers are
    /// judged against the market's history only. About 150 bytes each in memory.
    /// </summary>
    [Range(0, 100_000_000)]
    public int ValuationMaximumImporterKeys { get; set; } = 500_000;

    /// <summary>
    /// Irregularities found in past controls of a party's declarations (party registry) from which its declarations go
    /// to a documentary check, with the history as the reason ("importer: 2 irregularities in 5 controls").
    /// </summary>
    [Range(1, 1_000_000)]
    public int PartyYellowIrregularities { get; set; } = 2;

    /// <summary>Irregularities in a party's history from which its declarations go red, when <see cref="PartyRedShare"/> is reached too.</summary>
    [Range(1, 1_000_000)]
    public int PartyRedIrregularities { get; set; } = 3;

    /// <summary>Share of a party's past controls that found an irregularity from which (with <see cref="PartyRedIrregularities"/>) it goes red.</summary>
    [Range(0.0, 1.0)]
    public double PartyRedShare { get; set; } = 0.5;

    /// <summary>Offences recorded against a party within <see cref="PartyOffenceYears"/> from which its declarations go to a documentary check.</summary>
    [Range(1, 1_000_000)]
    public int PartyYellowOffences { get; set; } = 1;

    /// <summary>Offences recorded against a party within <see cref="PartyOffenceYears"/> from which its declarations go red.</summary>
    [Range(1, 1_000_000)]
    public int PartyRedOffences { get; set; } = 2;

    /// <summary>How many years back an offence counts in the party's history (by the offence date).</summary>
    [Range(1, 100)]
    public int PartyOffenceYears { get; set; } = 5;

    /// <summary>
    /// How much an AEO authorisation in force (importer or declarant, from the AEO register) lowers the controls, 0 to 1:
    /// the score thresholds move towards 1 (threshold' = 1 − (1 − threshold) × factor), and the random sample and the
    /// draws of profiles with a target rate below 100 % are multiplied by it. Rules, profiles at 100 %, watch-list
    /// entries, party history and valuation flags are never lowered. 1: no effect.
    /// </summary>
    [Range(0.0, 1.0)]
    public double AeoRateFactor { get; set; } = 0.5;

    /// <summary>Daily inspection capacity per office (supervisors can override it through the API).</summary>
    public List<Capacity.OfficeCapacitySetting> OfficeCapacities { get; set; } = [];

    /// <summary>How many of the features that raised the score are shown to the officer.</summary>
    [Range(1, 8)]
    public int ReasonsShown { get; set; } = 3;

    /// <summary>
    /// Explicit rules (HS prefix, origin, declaration type, item value → channel). When none are configured here,
    /// the criteria configured for the declarations module (<c>Modules:Declarations:Selectivity</c>) stay in force.
    /// </summary>
    public List<RiskRule> Rules { get; set; } = [];
}

/// <summary>One explicit rule: every condition that is set must hold for some goods item (or the declaration).</summary>
internal sealed class RiskRule
{
    [Required]
    public string Name { get; set; } = "";

    public Channel Channel { get; set; } = Channel.Red;

    /// <summary>Commodity code prefixes (HS chapter, heading…).</summary>
    public List<string> CommodityPrefixes { get; set; } = [];

    /// <summary>Countries of origin (DE 5/15).</summary>
    public List<string> OriginCountries { get; set; } = [];

    /// <summary>Declaration types (DE 1/1 + 1/2), e.g. IMA.</summary>
    public List<string> DeclarationTypes { get; set; } = [];

    /// <summary>Item value (DE 4/14) at or above which the rule applies.</summary>
    public decimal? MinimumItemValue { get; set; }

    /// <summary>The reason shown to the officer and the trader.</summary>
    [Required]
    public string Reason { get; set; } = "";
}