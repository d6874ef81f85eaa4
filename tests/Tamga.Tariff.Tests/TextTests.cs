using Tamga.Tariff.Domain;
using Tamga.Tariff.Search;

namespace Tamga.Tariff.Tests;

public sealed class TextTests
{
    [Theory]
    [InlineData("caresses", "caress")]
    [InlineData("ponies", "poni")]
    [InlineData("cats", "cat")]
    [InlineData("agreed", "agre")]
    [InlineData("plastered", "plaster")]
    [InlineData("motoring", "motor")]
    [InlineData("hopping", "hop")]
    [InlineData("falling", "fall")]
    [InlineData("happy", "happi")]
    [InlineData("relational", "relat")]
    [InlineData("conditional", "condit")]
    [InlineData("generalization", "gener")]
    [InlineData("hopefulness", "hope")]
    [InlineData("adjustment", "adjust")]
    [InlineData("horses", "hors")]
    [InlineData("horse", "hors")]
    [InlineData("preserved", "preserv")]
    [InlineData("preserving", "preserv")]
    public void PorterStemmer_GivesTheKnownStems(string word, string stem) => Assert.Equal(stem, PorterStemmer.Stem(word));

    [Fact]
    public void Terms_DropStopWordsAndNumbers_FoldAccents_AndStem()
    {
        Assert.Equal(["hors", "live", "pure", "bred", "breed"], TextAnalyzer.Terms("Horses; live, of the pure-bred breeding 12 kind"));
        Assert.Equal(["creme", "brule"], TextAnalyzer.Terms("Crème brûlée"));
    }

    [Fact]
    public void Terms_WriteUsSpellingsAsTheNomenclatureDoes()
    {
        Assert.Equal(TextAnalyzer.Terms("aluminium colour fibre"), TextAnalyzer.Terms("aluminum color fiber"));
        Assert.Equal(TextAnalyzer.Terms("fertilisers"), TextAnalyzer.Terms("fertilizers"));
    }

    [Fact]
    public void DescriptionTerms_LeaveOutWhatTheTextExcludes()
    {
        var terms = TextAnalyzer.DescriptionTerms("Live horses (excl. for slaughter, pure-bred for breeding)");
        Assert.Equal(["live", "hors"], terms);
        Assert.DoesNotContain("breed", TextAnalyzer.DescriptionTerms("Horses; live, other than pure-bred breeding animals"));
    }

    [Fact]
    public void SeasonWindow_ContainsItsDays_AcrossTheNewYear_AndTreats29FebruaryAs28()
    {
        var winter = new SeasonWindow(11, 1, 4, 30);
        Assert.True(winter.Contains(new DateOnly(2021, 12, 31)));
        Assert.True(winter.Contains(new DateOnly(2021, 1, 1)));
        Assert.False(winter.Contains(new DateOnly(2021, 5, 1)));
        Assert.True(new SeasonWindow(1, 1, 2, 28).Contains(new DateOnly(2024, 2, 29)));
        Assert.Equal("1101-0430", winter.ToString());
        Assert.Equal([winter], SeasonWindow.ParseList("1101-0430"));
        Assert.Equal([new SeasonWindow(5, 1, 10, 31)], SeasonWindow.Complement([winter]));
    }
}
