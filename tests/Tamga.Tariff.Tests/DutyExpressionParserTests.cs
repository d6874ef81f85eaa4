using System.Text.RegularExpressions;
using Tamga.Tariff.Domain;
using Tamga.Tariff.DutyExpressions;

namespace Tamga.Tariff.Tests;

public sealed partial class DutyExpressionParserTests
{
    /// <summary>One expression of every distinct form in the shipped UK tariff (a form: the expression with its numbers replaced by N).</summary>
    public static TheoryData<string> EveryFormInTheTariff()
    {
        var data = new TheoryData<string>();
        foreach (var expression in TestTariff.UkRows.SelectMany(r => new[] { r.CetDutyRate, r.UkgtDutyRate })
                     .GroupBy(e => Numbers().Replace(e, "N"), StringComparer.Ordinal)
                     .Select(g => g.First())
                     .Order(StringComparer.Ordinal))
        {
            data.Add(expression);
        }

        return data;
    }

    [Fact]
    public void TheTariff_HasTheFormsItIsKnownToHave()
    {
        Assert.InRange(EveryFormInTheTariff().Count, 80, 120);
    }

    [Theory]
    [MemberData(nameof(EveryFormInTheTariff))]
    public void EveryFormInTheTariff_Parses_IntoWellFormedParts(string expression)
    {
        var parsed = DutyExpressionParser.Parse(expression);

        Assert.NotEqual(ParseStatus.Unparsed, parsed.Status);
        Assert.NotEmpty(parsed.Alternatives);
        foreach (var alternative in parsed.Alternatives)
        {
            Assert.NotEmpty(alternative.Parts);
            Assert.Contains(alternative.Parts, p => p.Clause == DutyClause.Duty);
            foreach (var part in alternative.Parts)
            {
                switch (part.Kind)
                {
                    case DutyKind.AdValorem:
                        Assert.InRange(part.Rate!.Value, 0m, 100m);
                        Assert.Null(part.Unit);
                        break;
                    case DutyKind.Specific:
                        Assert.True(part.Rate >= 0m);
                        Assert.Contains(part.Currency, new[] { "EUR", "GBP" });
                        Assert.True(MeasurementUnits.IsUnit(part.Unit!), part.Unit);
                        break;
                    default:
                        Assert.Null(part.Rate);
                        break;
                }
            }
        }

        // Seasonal rates cover the year without overlapping, unless the source leaves days without a rate.
        if (parsed.Alternatives.Count > 1)
        {
            for (var day = new DateOnly(2021, 1, 1); day.Year == 2021; day = day.AddDays(1))
            {
                Assert.True(parsed.Alternatives.Count(a => a.Seasons.Any(s => s.Contains(day))) <= 1, $"{day} is in two seasons");
            }
        }
    }

    [Fact]
    public void EveryExpressionInTheTariff_Parses()
    {
        var unparsed = TestTariff.UkRows
            .SelectMany(r => new[] { r.CetDutyRate, r.UkgtDutyRate })
            .Where(e => DutyExpressionParser.Parse(e).Status == ParseStatus.Unparsed)
            .ToList();
        Assert.Empty(unparsed);
    }

    [Theory]
    [InlineData("0.0%", 0.0)]
    [InlineData("12.80%", 12.8)]
    [InlineData("4.7%", 4.7)]
    public void AdValorem(string expression, double rate)
    {
        var part = Assert.Single(Single(expression).Parts);
        Assert.Equal(DutyKind.AdValorem, part.Kind);
        Assert.Equal((decimal)rate, part.Rate);
    }

    [Theory]
    [InlineData("34.00 GBP/100kg", 34.00, "GBP", MeasurementUnits.HundredKilograms, null)]
    [InlineData("41.20 EUR / 100 kg", 41.20, "EUR", MeasurementUnits.HundredKilograms, null)]
    [InlineData("32.00 EUR / hl", 32.00, "EUR", MeasurementUnits.Hectolitre, null)]
    [InlineData("26.00 GBP/hl", 26.00, "GBP", MeasurementUnits.Hectolitre, null)]
    [InlineData("114.00 EUR / tonne", 114.00, "EUR", MeasurementUnits.Tonne, null)]
    [InlineData("1,024.00 EUR / tonne", 1024.00, "EUR", MeasurementUnits.Tonne, null)]
    [InlineData("0.20 GBP/ item", 0.20, "GBP", MeasurementUnits.Item, null)]
    [InlineData("52.00 EUR / 1,000 items", 52.00, "EUR", MeasurementUnits.ThousandItems, null)]
    [InlineData("43.00 GBP/1000 items", 43.00, "GBP", MeasurementUnits.ThousandItems, null)]
    [InlineData("1.75 EUR / % vol / hl", 1.75, "EUR", MeasurementUnits.PercentVolume, "X")]
    [InlineData("1.00 GBP/%vol/hl", 1.00, "GBP", MeasurementUnits.PercentVolume, "X")]
    [InlineData("1.62 EUR / kg / tot alc", 1.62, "EUR", MeasurementUnits.Kilogram, "A")]
    [InlineData("0.07 EUR / kg / dry lactic matter", 0.07, "EUR", MeasurementUnits.Kilogram, "T")]
    [InlineData("50.70 EUR / 100 kg / net dry", 50.70, "EUR", MeasurementUnits.HundredKilograms, "M")]
    [InlineData("42.00 GBP/100kg mas", 42.00, "GBP", MeasurementUnits.HundredKilograms, "M")]
    [InlineData("33.90 EUR / 100 kg / std qual", 33.90, "EUR", MeasurementUnits.HundredKilograms, "R")]
    [InlineData("28.00 GBP/100kg std qual", 28.00, "GBP", MeasurementUnits.HundredKilograms, "R")]
    [InlineData("0.30 GBP/100kg/net/%sacchar.", 0.30, "GBP", MeasurementUnits.HundredKilograms, "Z")]
    [InlineData("0.40 EUR / 100 kg /net/ % sacchar.", 0.40, "EUR", MeasurementUnits.HundredKilograms, "Z")]
    public void Specific(string expression, double amount, string currency, string unit, string? qualifier)
    {
        var part = Assert.Single(Single(expression).Parts);
        Assert.Equal(DutyKind.Specific, part.Kind);
        Assert.Equal((decimal)amount, part.Rate);
        Assert.Equal(currency, part.Currency);
        Assert.Equal(unit, part.Unit);
        Assert.Equal(qualifier, part.Qualifier);
    }

    [Fact]
    public void Compound_AdValoremPlusSpecific()
    {
        var parts = Single("12.00% + 147.00 GBP/100kg").Parts;
        Assert.Equal(2, parts.Count);
        Assert.Equal(new DutyPart(DutyClause.Duty, DutyKind.AdValorem, 12.00m), parts[0]);
        Assert.Equal(new DutyPart(DutyClause.Duty, DutyKind.Specific, 147.00m, "GBP", MeasurementUnits.HundredKilograms), parts[1]);
    }

    [Fact]
    public void Compound_WithQualifiedUnit()
    {
        var parts = Single("5.10% + 9.40 EUR / 100 kg / net drained wt").Parts;
        Assert.Equal("E", parts[1].Qualifier);
        Assert.Equal("E", Single("4.00% + 7.80 GBP/100kg eda").Parts[1].Qualifier);
    }

    [Fact]
    public void Compound_OfThreeParts()
    {
        var parts = Single("40.00% + 121.00 EUR / hl + 20.60 EUR / 100 kg").Parts;
        Assert.Equal([DutyKind.AdValorem, DutyKind.Specific, DutyKind.Specific], parts.Select(p => p.Kind));
        Assert.Equal([MeasurementUnits.Hectolitre, MeasurementUnits.HundredKilograms], parts.Skip(1).Select(p => p.Unit));
    }

    [Fact]
    public void MinimumAndMaximum()
    {
        var parts = Single("4.50% MIN 0.30 EUR / item MAX 0.80 EUR / item").Parts;
        Assert.Equal([DutyClause.Duty, DutyClause.Minimum, DutyClause.Maximum], parts.Select(p => p.Clause));
        Assert.Equal([4.50m, 0.30m, 0.80m], parts.Select(p => p.Rate!.Value));

        var specificFirst = Single("0.50 EUR / item MIN 2.70% MAX 4.60%").Parts;
        Assert.Equal([DutyKind.Specific, DutyKind.AdValorem, DutyKind.AdValorem], specificFirst.Select(p => p.Kind));

        var maxOfCompound = Single("9.10% + 45.10 EUR / 100 kg MAX 18.90% + 16.50 EUR / 100 kg").Parts;
        Assert.Equal([DutyClause.Duty, DutyClause.Duty, DutyClause.Maximum, DutyClause.Maximum], maxOfCompound.Select(p => p.Clause));

        Assert.Equal(MeasurementUnits.SquareMetre, Single("8.00% MAX 2.80 EUR / m2").Parts[1].Unit);
        Assert.Equal(MeasurementUnits.HundredMetres, Single("6.50% MAX 5.00 EUR / 100 m").Parts[1].Unit);
        Assert.Equal("G", Single("3.80% MIN 0.60 EUR / 100 kg / gross").Parts[1].Qualifier);
    }

    [Fact]
    public void AgriculturalComponents_AreStructured_AndNotComputable()
    {
        var alternative = Single("9.00% +  EA MAX 18.70%  + ADSZ");
        Assert.Equal(
            [(DutyClause.Duty, DutyKind.AdValorem), (DutyClause.Duty, DutyKind.AgriculturalComponent), (DutyClause.Maximum, DutyKind.AdValorem), (DutyClause.Maximum, DutyKind.AdditionalDutyOnSugar)],
            alternative.Parts.Select(p => (p.Clause, p.Kind)));
        Assert.False(alternative.Computable);
        Assert.Equal(DutyKind.AdditionalDutyOnFlour, Single("9.00% +  EA MAX 20.70%  + ADFM").Parts[^1].Kind);
        Assert.Equal(DutyKind.EntryPrice, Single("Entry Price").Parts[0].Kind);
    }

    [Fact]
    public void Seasonal_RatesApplyOnTheirDays()
    {
        var parsed = DutyExpressionParser.Parse("15.00% (01 JAN-14 FEB, 16 JUN-31 DEC), 0.00% (15 FEB-15 JUN)");
        Assert.Equal(ParseStatus.Parsed, parsed.Status);
        Assert.Equal(2, parsed.Alternatives.Count);
        Assert.Equal(15m, RateOn(parsed, new DateOnly(2021, 2, 14)));
        Assert.Equal(0m, RateOn(parsed, new DateOnly(2021, 2, 15)));
        Assert.Equal(0m, RateOn(parsed, new DateOnly(2021, 6, 15)));
        Assert.Equal(15m, RateOn(parsed, new DateOnly(2021, 6, 16)));
    }

    [Fact]
    public void Seasonal_WindowRunningOverTheNewYear()
    {
        var parsed = DutyExpressionParser.Parse("12.00% (16 JUL - 15 JUN), 6.00% (16 JUN - 15 JUL)");
        Assert.Equal(12m, RateOn(parsed, new DateOnly(2021, 1, 10)));
        Assert.Equal(6m, RateOn(parsed, new DateOnly(2021, 7, 1)));
        Assert.Equal(12m, RateOn(parsed, new DateOnly(2021, 12, 31)));
    }

    [Fact]
    public void Seasonal_RateWithoutSeason_TakesTheRestOfTheYear()
    {
        var parsed = DutyExpressionParser.Parse("9.60% MIN 1.1\u00a0€/100\u00a0kg/net (01 JAN-14 APR, 1 DEC-31 DEC), 13.60% MIN 1.6€/100kg/net");
        Assert.Equal(ParseStatus.Parsed, parsed.Status);
        Assert.Equal(9.60m, RateOn(parsed, new DateOnly(2021, 4, 14)));
        Assert.Equal(13.60m, RateOn(parsed, new DateOnly(2021, 4, 15)));
        Assert.Equal(13.60m, RateOn(parsed, new DateOnly(2021, 11, 30)));
        var minimum = parsed.Alternatives[0].Parts[1];
        Assert.Equal(new DutyPart(DutyClause.Minimum, DutyKind.Specific, 1.1m, "EUR", MeasurementUnits.HundredKilograms, "N"), minimum);
    }

    [Fact]
    public void Seasonal_DayMonthWrittenOnce_AndFullMonthNames()
    {
        Assert.NotEqual(ParseStatus.Unparsed, DutyExpressionParser.Parse("4.00% (01 JAN-31 MAR, 01-31 DEC), 5.10% (01 JUN-30 NOV)").Status);
        var june = DutyExpressionParser.Parse("9.60% (01 JAN-15 MAY), 13.40% (16 MAY-30 JUNE)");
        Assert.Equal(13.40m, RateOn(june, new DateOnly(2021, 6, 30)));
        Assert.Contains("No rate on the days outside", june.Note, StringComparison.Ordinal);
        Assert.Null(RateOn(june, new DateOnly(2021, 8, 1)));
    }

    [Fact]
    public void ADayTheMonthDoesNotHave_IsReadAsItsLastDay_WithTheAssumptionStated()
    {
        var parsed = DutyExpressionParser.Parse("11.20% (01 JAN-31 APR, 01 AUG-31 DEC), 12.80% MIN 2.4€/100kg/net (01 MAY-31 JUL)");
        Assert.Equal(ParseStatus.ParsedWithAssumption, parsed.Status);
        Assert.Contains("31 APR", parsed.Note, StringComparison.Ordinal);
        Assert.Equal(11.20m, RateOn(parsed, new DateOnly(2021, 4, 30)));
        Assert.Equal(12.80m, RateOn(parsed, new DateOnly(2021, 5, 1)));
    }

    [Theory]
    [InlineData("6.4 + 24.6 EUR/100 kg", 6.4)]
    [InlineData("7.2 MIN 0.36 EUR/100 kg", 7.2)]
    [InlineData("8.3 + 3.8 EUR/100 kg eda", 8.3)]
    public void ANumberWithoutUnit_BeforeAnOperator_IsReadAsAPercentage_WithTheAssumptionStated(string expression, double rate)
    {
        var parsed = DutyExpressionParser.Parse(expression);
        Assert.Equal(ParseStatus.ParsedWithAssumption, parsed.Status);
        Assert.Equal(new DutyPart(DutyClause.Duty, DutyKind.AdValorem, (decimal)rate), parsed.Alternatives[0].Parts[0]);
        Assert.Contains("percentage", parsed.Note, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("free")]
    [InlineData("12")]
    [InlineData("12% +")]
    [InlineData("12% 3%")]
    [InlineData("10 GBP / parsec")]
    [InlineData("10.00% (01 JAN-31 DEC")]
    [InlineData("10.00% (01 XYZ-31 DEC)")]
    [InlineData("10.00%, 12.00%")]
    [InlineData("'; DROP TABLE tar_measures; --")]
    public void WhatIsNotADutyExpression_IsUnparsed_WithTheReason(string expression)
    {
        var parsed = DutyExpressionParser.Parse(expression);
        Assert.Equal(ParseStatus.Unparsed, parsed.Status);
        Assert.Empty(parsed.Alternatives);
        Assert.False(string.IsNullOrWhiteSpace(parsed.Note));
        Assert.Equal(expression, parsed.Expression);
    }

    private static DutyAlternative Single(string expression)
    {
        var parsed = DutyExpressionParser.Parse(expression);
        Assert.Equal(ParseStatus.Parsed, parsed.Status);
        var alternative = Assert.Single(parsed.Alternatives);
        Assert.Empty(alternative.Seasons);
        return alternative;
    }

    private static decimal? RateOn(ParsedDuty parsed, DateOnly day) =>
        parsed.Alternatives.SingleOrDefault(a => a.Seasons.Any(s => s.Contains(day)))?.Parts[0].Rate;

    [GeneratedRegex(@"\d+([.,]\d+)*")]
    private static partial Regex Numbers();
}
