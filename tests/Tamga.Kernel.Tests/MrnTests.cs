using Tamga.Kernel.Identifiers;

namespace Tamga.Kernel.Tests;

public sealed class MrnTests
{
    [Theory]
    // MRNs issued by HMRC's CDS, as they appear in its published DMS notifications.
    [InlineData("23GB7DAM27Z2I4KAR4")]
    [InlineData("20GB34BBUAX6DFGVR2")]
    [InlineData("24GB4KSYCRLYSXAA08")]
    [InlineData("25GB6W23HIITPATAR8")]
    [InlineData("22GB9FBBTYCDO59AR0")]
    [InlineData("24GB4MJPHFK3WN8AV6")]
    public void TryParse_RealMrns_CheckCharacterMatches(string text)
    {
        Assert.True(Mrn.TryParse(text, out var mrn));
        Assert.Equal(text, mrn.Value);
    }

    [Theory]
    [InlineData("23GB7DAM27Z2I4KAR5")] // wrong check character
    [InlineData("23GB7DAM27Z2I4KAR")] // too short
    [InlineData("23gb7DAM27Z2I4KAR4")] // lower case
    [InlineData("2XGB7DAM27Z2I4KAR4")] // year not digits
    [InlineData("")]
    [InlineData(null)]
    public void TryParse_Malformed_IsRefused(string? text) => Assert.False(Mrn.TryParse(text, out _));

    [Fact]
    public void Issue_Gives18CharactersWithYearCountryProcedureAndCheck()
    {
        var at = new DateTimeOffset(2026, 11, 29, 10, 0, 0, TimeSpan.Zero);
        for (var i = 0; i < 1000; i++)
        {
            var mrn = Mrn.Issue(at, "GB", 'R');
            Assert.Equal(18, mrn.Value.Length);
            Assert.StartsWith("26GB", mrn.Value, StringComparison.Ordinal);
            Assert.Equal('R', mrn.Value[16]);
            Assert.True(Mrn.TryParse(mrn.Value, out _));
        }
    }

    [Fact]
    public void Issue_IsUniqueInPractice()
    {
        var at = DateTimeOffset.UtcNow;
        var issued = Enumerable.Range(0, 100_000).Select(_ => Mrn.Issue(at, "GB", 'R').Value).ToHashSet();
        Assert.Equal(100_000, issued.Count);
    }

    [Fact]
    public void Issue_LaterRegistrations_SortLater_WithinAYear()
    {
        var start = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var previous = Mrn.Issue(start, "GB", 'R').Value;
        Assert.Equal("26GB0000000", previous[..11]);
        foreach (var later in new[] { TimeSpan.FromMilliseconds(1), TimeSpan.FromSeconds(1), TimeSpan.FromHours(5), TimeSpan.FromDays(200), new DateTimeOffset(2026, 12, 31, 23, 59, 59, 999, TimeSpan.Zero) - start })
        {
            var mrn = Mrn.Issue(start + later, "GB", 'R').Value;
            Assert.True(string.CompareOrdinal(mrn, previous) > 0, $"{mrn} after {previous}");
            previous = mrn;
        }

        // Within one millisecond, the sequence keeps them apart.
        var same = Enumerable.Range(0, 1000).Select(_ => Mrn.Issue(start, "GB", 'R').Value[..16]).ToHashSet();
        Assert.Equal(1000, same.Count);
    }

    [Theory]
    [InlineData("gb", 'R')]
    [InlineData("GBR", 'R')]
    [InlineData("GB", '1')]
    public void Issue_WithBadParts_Throws(string country, char procedure) =>
        Assert.Throws<ArgumentException>(() => Mrn.Issue(DateTimeOffset.UtcNow, country, procedure));

    [Fact]
    public void CheckCharacter_FollowsIso6346LetterValues()
    {
        // The ISO 6346 example container code CSQU305438 has check digit 3.
        Assert.Equal('3', Mrn.CheckCharacter("CSQU305438"));
    }
}
