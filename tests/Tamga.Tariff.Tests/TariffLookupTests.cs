using Tamga.Tariff.ClassifyGoods;
using Tamga.Tariff.Domain;
using Tamga.Tariff.LookUpCommodity;
using Tamga.Tariff.Search;
using Tamga.Tariff.SearchTariff;

namespace Tamga.Tariff.Tests;

public sealed class TariffLookupTests
{
    private static readonly DateOnly LastCetDay = new(2020, 12, 31);
    private static readonly DateOnly FirstUkgtDay = new(2021, 1, 1);

    [Fact]
    public void EveryLineAndSubheading_IsInTheSnapshot_AndTheUnmappedLinesAreThoseHs2022Lacks()
    {
        var snapshot = TestTariff.Snapshot;
        Assert.Equal(11_830, snapshot.Lines.Count);
        Assert.Equal(5_612, snapshot.HsCount(6));
        Assert.Equal(1_228, snapshot.HsCount(4));
        Assert.Equal(97, snapshot.HsCount(2));
        Assert.Equal(21, snapshot.HsCount(1));
        Assert.All(snapshot.Unmapped, l => Assert.False(snapshot.Hs.ContainsKey(l.Code[..6])));
        Assert.Equal(334, snapshot.Unmapped.Count);
        Assert.Empty(snapshot.Unparsed);
    }

    [Fact]
    public void OnTheLastDayOfTheCet_TheEuRateApplies_AndOnTheFirstDayOfTheUkgt_TheUkRate()
    {
        var lookup = new CommodityLookup(TestTariff.Catalogue());

        var before = lookup.Find("01012990", LastCetDay, out _)!;
        var cet = Assert.Single(before.Measures, m => m.Type == MeasureTypes.ThirdCountryDuty);
        Assert.Equal("11.5%", cet.Expression);
        Assert.Equal(11.5m, Assert.Single(cet.Components).Rate);
        Assert.Contains("2658/87", cet.LegalBase, StringComparison.Ordinal);
        Assert.Contains(before.Upcoming, m => m.Expression == "10.0%" && m.ValidFrom == FirstUkgtDay);

        var after = lookup.Find("01012990", FirstUkgtDay, out _)!;
        var ukgt = Assert.Single(after.Measures, m => m.Type == MeasureTypes.ThirdCountryDuty);
        Assert.Equal("10.0%", ukgt.Expression);
        Assert.Contains("SI 2020/1430", ukgt.LegalBase, StringComparison.Ordinal);
    }

    [Fact]
    public void ACompoundRate_ComesStructured_InEachCurrency()
    {
        var lookup = new CommodityLookup(TestTariff.Catalogue());
        var cet = Assert.Single(lookup.Find("02011000", LastCetDay, out _)!.Measures);
        Assert.Equal(["AdValorem", "Specific"], cet.Components.Select(c => c.Kind));
        Assert.Equal("EUR", cet.Components[1].Currency);
        var ukgt = Assert.Single(lookup.Find("02011000", FirstUkgtDay, out _)!.Measures);
        Assert.Equal(147.00m, ukgt.Components[1].Rate);
        Assert.Equal("GBP", ukgt.Components[1].Currency);
        Assert.Equal("100 kg", ukgt.Components[1].UnitDescription);
    }

    [Fact]
    public void ASeasonalRate_AppliesOnItsDays()
    {
        var lookup = new CommodityLookup(TestTariff.Catalogue());
        Assert.Equal("0.0", Rate(lookup, "08083090", new DateOnly(2021, 5, 1)));
        Assert.Equal("10.0", Rate(lookup, "08083090", new DateOnly(2021, 9, 1)));

        static string Rate(CommodityLookup lookup, string code, DateOnly date) =>
            Assert.Single(lookup.Find(code, date, out _)!.Measures).Components[0].Rate!.Value.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture);
    }

    [Fact]
    public void WhereTheCetAppliesUntilATradeRemedyReview_TheUkgtRateWaits()
    {
        var lookup = new CommodityLookup(TestTariff.Catalogue());
        var view = lookup.Find("1516209821", FirstUkgtDay, out _)!;
        Assert.Equal("10.9%", Assert.Single(view.Measures).Expression);
        var waiting = Assert.Single(view.Upcoming);
        Assert.Equal("10.0%", waiting.Expression);
        Assert.NotNull(waiting.PendingUntil);
    }

    [Fact]
    public void ATenDigitCodeTheTariffDoesNotSplit_FindsItsEightDigitLine()
    {
        var lookup = new CommodityLookup(TestTariff.Catalogue());
        var view = lookup.Find("0101299000", FirstUkgtDay, out _)!;
        Assert.Equal("01012990", view.Code);
        Assert.StartsWith("first 8 digits", view.MatchedOn, StringComparison.Ordinal);
        Assert.Null(lookup.Find("9999999999", FirstUkgtDay, out var reason));
        Assert.NotNull(reason);
    }

    [Fact]
    public void AnHsCode_ListsWhatItHolds()
    {
        var lookup = new CommodityLookup(TestTariff.Catalogue());
        var heading = lookup.Find("0101", new DateOnly(2024, 1, 1), out _)!;
        Assert.Equal("heading", heading.Kind);
        Assert.Contains(heading.Children, c => c.Code == "010121");
        Assert.Null(lookup.Find("0101", FirstUkgtDay, out _));
    }

    [Fact]
    public void Search_ByCodePrefix_GivesTheEntriesUnderIt_InCodeOrder()
    {
        var search = new TariffSearch(TestTariff.Catalogue());
        var result = search.Find("0101", new DateOnly(2024, 1, 1), 50);
        Assert.Equal("code", result.Mode);
        Assert.Equal("0101", result.Results[0].Code);
        Assert.All(result.Results, r => Assert.StartsWith("0101", r.Code, StringComparison.Ordinal));
        Assert.Contains(result.Results, r => r.Code == "01012990" && r.ThirdCountryDuty == "10.0%");
    }

    [Theory]
    [InlineData("live horses", "0101")]
    [InlineData("horse", "0101")]
    [InlineData("frozen shrimps", "0306")]
    [InlineData("olive oil", "1509")]
    [InlineData("portable computers", "8471")]
    [InlineData("laptop", "8471")]
    [InlineData("sparkling wine", "2204")]
    [InlineData("new pneumatic tyres", "4011")]
    public void Search_ByWords_RanksTheRightHeadingFirst(string query, string heading)
    {
        var search = new TariffSearch(TestTariff.Catalogue());
        var result = search.Find(query, new DateOnly(2024, 1, 1), 10);
        Assert.Equal("words", result.Mode);
        Assert.True(result.Results[0].Code.StartsWith(heading, StringComparison.Ordinal), $"{query}: {string.Join(", ", result.Results.Take(5).Select(r => r.Code))}");
    }

    [Fact]
    public void Search_ByAnEverydayWord_FindsTheNomenclaturesTermThroughTheSynonyms()
    {
        // "beef" is "meat of bovine animals" in the HS; "Corned beef" may come first, the meat headings follow.
        var result = new TariffSearch(TestTariff.Catalogue()).Find("beef", new DateOnly(2024, 1, 1), 10);
        Assert.Contains(result.Results, r => r.Code.StartsWith("0201", StringComparison.Ordinal) || r.Code.StartsWith("0202", StringComparison.Ordinal));
    }

    [Fact]
    public void Search_OnADateBeforeHs2022_FindsOnlyTheNationalTariff()
    {
        var result = new TariffSearch(TestTariff.Catalogue()).Find("horses", FirstUkgtDay, 20);
        Assert.NotEmpty(result.Results);
        Assert.All(result.Results, r => Assert.Equal(NomenclatureVersion.UkTariff, r.Nomenclature));
    }

    [Fact]
    public void Classify_GivesCandidatesBestFirst_WithCodesAndReasons()
    {
        var classifier = new Classifier(TestTariff.Catalogue(), TimeProvider.System);
        var candidates = classifier.Classify("Mens cotton shirts, woven", 5);
        Assert.InRange(candidates.Count, 1, 5);
        Assert.Equal("6205", candidates[0].Heading);
        Assert.All(candidates, c => Assert.False(string.IsNullOrWhiteSpace(c.Reason)));
        Assert.Equal(candidates.Count, candidates.Select(c => c.Heading).Distinct().Count());
        Assert.True(candidates.Zip(candidates.Skip(1)).All(p => p.First.Score >= p.Second.Score));
        Assert.Empty(classifier.Classify("the of and", 5));
    }

    [Fact]
    public void Classify_OnTheSampleDescriptions_FindsTheDeclaredHeadingInTheFirstFive()
    {
        var classifier = new Classifier(TestTariff.Catalogue(), TimeProvider.System);
        var result = ClassificationEvaluation.Evaluate(TestTariff.Samples, d => (classifier.Classify(d, 5).Select(c => c.Heading).ToList(), classifier.Informative(d)));
        Assert.True(result.Items >= 200, $"{result.Items} items");
        Assert.True(result.Hits >= 188 && result.Share >= 0.90, $"top-5: {result.Hits}/{result.Items} items");
        Assert.True(result.InformativeShare >= 0.94, $"top-5: {result.InformativeHits}/{result.InformativeItems} informative items");
    }

    [Fact]
    public void CrossValidation_TunesOnOneHalfOfTheDeclarations_AndMeasuresOnTheOther()
    {
        var classifier = new Classifier(TestTariff.Catalogue(), TimeProvider.System);
        var grid = new[] { new RankingParameters(PhraseBonus: 0f, SecondShare: 0f, ThirdShare: 0f), RankingParameters.Default };
        var result = ClassificationEvaluation.CrossValidate(TestTariff.Samples, grid, (d, p) => classifier.Classify(d, 5, parameters: p).Select(c => c.Heading).ToList());
        Assert.Equal(2, result.Folds.Count);
        Assert.Equal(TestTariff.Samples.Count, result.TestItems);
        Assert.All(result.Folds, f => Assert.Equal(TestTariff.Samples.Count, f.TestItems + f.TuningItems));
        Assert.All(result.Folds, f => Assert.True(f.TestHits >= f.TestItems * 0.85, $"half {f.Fold}: {f.TestHits}/{f.TestItems}"));
        Assert.Contains(TestTariff.Samples, s => s.Fold == 0);
        Assert.Contains(TestTariff.Samples, s => s.Fold == 1);
    }
}
