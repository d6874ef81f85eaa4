using Tamga.Kernel.Errors;

namespace Tamga.Tariff.Tests;

public sealed class TariffInputTests
{
    [Theory]
    [InlineData("2021-02-30")]
    [InlineData("2021-13-01")]
    [InlineData("21-01-01")]
    [InlineData("2021-1-1")]
    [InlineData("01/01/2021")]
    [InlineData("2021-01-01T00:00")]
    [InlineData("tomorrow")]
    public void ImpossibleOrMalformedDates_AreRefused(string date)
    {
        var errors = new List<RuleViolation>();
        Assert.Null(TariffInput.Date("date", date, default, errors));
        Assert.Equal("date", Assert.Single(errors).Field);
    }

    [Theory]
    [InlineData("0101a")]
    [InlineData("01 01")]
    [InlineData("-101")]
    [InlineData("010")]
    [InlineData("01012990123")]
    [InlineData("１２３４")]
    public void CodesThatAreNotTwoToTenDigits_AreRefused(string code)
    {
        var errors = new List<RuleViolation>();
        Assert.Null(TariffInput.Code("code", code, errors));
        Assert.Equal("code", Assert.Single(errors).Field);
    }

    [Theory]
    [InlineData("' OR 1=1 --")]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("horses; DROP TABLE tar_lines")]
    [InlineData("${jndi:ldap://x}")]
    [InlineData("a\u0000b")]
    [InlineData("line\nbreak")]
    public void InjectionAndControlCharacters_AreRefused(string text)
    {
        var errors = new List<RuleViolation>();
        Assert.Null(TariffInput.Text("q", text, errors));
        Assert.Equal("TEXT-CHARACTERS", Assert.Single(errors).Rule);
    }

    [Fact]
    public void TextOver200Characters_IsRefused_AndOrdinaryDescriptionsPass()
    {
        var errors = new List<RuleViolation>();
        Assert.Null(TariffInput.Text("q", new string('a', 201), errors));
        Assert.Equal("TEXT-LENGTH", Assert.Single(errors).Rule);
        errors.Clear();
        Assert.Equal("Men's 100% cotton T-shirts (size: M), \"Agaricus\" & co", TariffInput.Text("q", "Men's 100% cotton T-shirts (size: M), \"Agaricus\" & co", errors));
        Assert.Equal("Свежие томаты", TariffInput.Text("q", "Свежие томаты", errors));
        Assert.Empty(errors);
    }
}
