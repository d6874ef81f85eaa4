using System.ComponentModel.DataAnnotations;
using Tamga.Declarations.Contracts;

namespace Tamga.Declarations;

/// <summary>Settings of the declarations module, bound from <c>Modules:Declarations</c> and validated on start.</summary>
internal sealed class DeclarationsOptions
{
    public const string Section = "Modules:Declarations";

    /// <summary>Country code in the MRNs this administration issues.</summary>
    [Required]
    [RegularExpression("^[A-Z]{2}$")]
    public string AdministrationCountry { get; set; } = "GB";

    /// <summary>Office whose queue takes controls when the declaration names no office of the register.</summary>
    [Required]
    public string DefaultControlOffice { get; set; } = "ZZ000001";

    /// <summary>Most goods items a declaration may carry (999 in CDS).</summary>
    [Range(1, 100_000)]
    public int MaxGoodsItems { get; set; } = 999;

    /// <summary>
    /// Explicit selectivity criteria, used until the Risk module decides: the first matching criterion gives the
    /// channel; a declaration no criterion matches is green.
    /// </summary>
    public List<SelectivityCriterion> Selectivity { get; set; } = [];

    /// <summary>Callback delivery: hosts notifications may be pushed to (empty: any).</summary>
    public List<string> CallbackHosts { get; set; } = [];
}

/// <summary>One explicit criterion: every condition that is set must hold for some goods item (or the declaration).</summary>
internal sealed class SelectivityCriterion
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

    /// <summary>Item value (DE 4/14) at or above which the criterion applies.</summary>
    public decimal? MinimumItemValue { get; set; }

    /// <summary>The reason shown to the officer and the trader.</summary>
    [Required]
    public string Reason { get; set; } = "";
}
