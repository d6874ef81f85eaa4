namespace Tamga.Risk.Selectivity;

/// <summary>
/// The running unit-value statistics of one valuation history (<c>rsk_valuation_histories</c>): the goods of an HS
/// subheading from one origin, for all importers or for one importer (a party of the registry). Only the statistics
/// are kept, never the declarations: count, mean and the sum of squared deviations of the log unit value (Welford).
/// The latest state replaces the stored one (written behind, see <see cref="ValuationHistory"/>).
/// </summary>
internal sealed class ValuationRow
{
    /// <summary><c>subheading|origin</c>, or <c>subheading|origin|importer party id</c> for one importer's own history.</summary>
    public string Key { get; init; } = "";

    public string Subheading { get; init; } = "";

    public string Origin { get; init; } = "";

    /// <summary>The importer (party registry) whose own history this is; null for the history of all importers.</summary>
    public Guid? ImporterId { get; init; }

    /// <summary>Declarations counted (not capped: what the officer reads).</summary>
    public int Count { get; set; }

    /// <summary>Mean of the log unit value (per kg).</summary>
    public double Mean { get; set; }

    /// <summary>Sum of squared deviations from the mean (log scale).</summary>
    public double SumOfSquares { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}
