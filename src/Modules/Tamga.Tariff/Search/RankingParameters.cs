namespace Tamga.Tariff.Search;

/// <summary>
/// The query-time weights of the search ranking and of the classification assistant's heading aggregation. The
/// defaults are those Tamga runs with; <c>tariff classify-eval --cross-validate</c> tunes them on one half of the
/// sample declarations and measures them on the other, to show how the assistant does on descriptions it has not
/// seen (docs/tariff.md).
/// </summary>
/// <param name="PhraseBonus">Up to this share is added when consecutive query words stand next to each other in an entry's text.</param>
/// <param name="SynonymWeight">Weight of a term a synonym adds, against 1 for the word typed.</param>
/// <param name="PrefixWeight">Weight of a term an unknown word begins (4 letters or more).</param>
/// <param name="CoordinationExponent">The score is multiplied by (share of query words matched) to this power.</param>
/// <param name="SecondShare">Share of its second-best entry's score a heading adds to its best.</param>
/// <param name="ThirdShare">Share of its third-best entry's score a heading adds.</param>
internal sealed record RankingParameters(
    float PhraseBonus = 1f,
    float SynonymWeight = 1f,
    float PrefixWeight = 0.5f,
    float CoordinationExponent = 1.5f,
    float SecondShare = 0.5f,
    float ThirdShare = 0.1f)
{
    public static RankingParameters Default { get; } = new();

    public override string ToString() =>
        FormattableString.Invariant($"phrase bonus {PhraseBonus}, synonym weight {SynonymWeight}, prefix weight {PrefixWeight}, coordination exponent {CoordinationExponent}, second {SecondShare}, third {ThirdShare}");
}
