using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Tamga.Declarations.Contracts;
using Tamga.Platform;
using Tamga.Risk.Parties;
using Tamga.Risk.Profiles;
using Tamga.Risk.Scoring;
using Tamga.Risk.Selectivity;

namespace Tamga.Risk.Tests;

/// <summary>A party registry that keeps its writes in memory (never flushed), for tests.</summary>
internal static class PartyTestData
{
    public static PartyStore Store { get; } = new(new ServiceCollection().BuildServiceProvider().GetRequiredService<IServiceScopeFactory>(), NullLogger<PartyStore>.Instance);

    public static PartyRegistry Registry(out PartyStore store)
    {
        store = new PartyStore(new ServiceCollection().BuildServiceProvider().GetRequiredService<IServiceScopeFactory>(), NullLogger<PartyStore>.Instance);
        return new PartyRegistry(store, TimeProvider.System);
    }

    public static DeclarationFacts Declaration(params PartyFact[] parties) =>
        new(Guid.NewGuid(), "LRN-" + Guid.NewGuid().ToString("N")[..6], "IMA", "GB999999999000", null, null, null, "GBLHR001", null, "CN", "GB", "4", "GBP", 100m,
        [
            new GoodsItemFacts(1, "goods", "4901990000", "CN", "4000", [], 10m, null, 100m, "GBP", [], []),
        ])
        { Parties = parties };

    public static PartyFact Importer(string? id, string? name, string? postcode = null, string? street = null, string country = "GB") =>
        new(PartyRoles.Importer, id, name, street, "London", postcode, country);
}

public sealed class PartyKeysTests
{
    [Theory]
    [InlineData("GB553202734852", null, "GB553202734852")]
    [InlineData("gb 553 202-734.852", null, "GB553202734852")]
    [InlineData("553202734852", "GB", "GB553202734852")]
    [InlineData("553202734852", "gb", "GB553202734852")]
    [InlineData("553202734852", null, "553202734852")]
    [InlineData(" - ", "GB", null)]
    public void Identifiers_TakeOneSpelling_WithTheCountryPrefix(string raw, string? country, string? expected) =>
        Assert.Equal(expected, PartyKeys.Identifier(raw, country));

    [Theory]
    [InlineData("Acme Trading Ltd.", "ACME TRADING")]
    [InlineData("ACME TRADING LIMITED", "ACME TRADING")]
    [InlineData("acme  trading, ltd", "ACME TRADING")]
    [InlineData("Société Générale d'Import S.A.R.L.", "SOCIETE GENERALE DIMPORT")]
    [InlineData("Müller GmbH", "MULLER")]
    [InlineData("OOO Romashka", "ROMASHKA")]
    [InlineData("ООО «Ромашка»", "РОМАШКА")]
    [InlineData("Limited", "LIMITED")]
    public void Names_DropCasePunctuationLegalFormsAndDiacritics(string raw, string expected) =>
        Assert.Equal(expected, PartyKeys.Name(raw));

    [Fact]
    public void Addresses_ArePostcodeAndNormalisedStreet()
    {
        Assert.Equal("GB SW1A1AA 10 DOWNING ST", PartyKeys.Address("10 Downing Street", "sw1a 1aa", "GB"));
        Assert.Equal(PartyKeys.Address("10, Downing St.", "SW1A-1AA", "gb"), PartyKeys.Address("10 Downing Street", "sw1a 1aa", "GB"));
        Assert.Null(PartyKeys.Address("10 Downing Street", null, "GB"));
    }
}

public sealed class PartyRegistryTests
{
    [Fact]
    public void TheSameEori_SpelledDifferently_IsOneParty()
    {
        var registry = PartyTestData.Registry(out _);
        var first = registry.Observe(PartyTestData.Declaration(PartyTestData.Importer("GB553202734852", "Acme Trading Ltd", "SW1A 1AA", "1 High Street")));
        var second = registry.Observe(PartyTestData.Declaration(PartyTestData.Importer("gb 553 202 734 852", "ACME TRADING LIMITED (UK)", "EC1A 1BB", "2 Other Road")));

        var importer = Assert.Single(first, p => p.Role == PartyRoles.Importer);
        Assert.Equal(importer.PartyId, Assert.Single(second, p => p.Role == PartyRoles.Importer).PartyId);
        var detail = registry.Find(importer.PartyId)!;
        Assert.Equal(2, detail.Party.Declarations);
        Assert.Equal(2, detail.Names.Count);
        Assert.Contains(detail.Names, n => n.Declared == "ACME TRADING LIMITED (UK)" && n.Reason == "linked: same identifier GB553202734852");
        Assert.Equal(2, detail.Addresses.Count);
    }

    [Fact]
    public void TheSameNameAndPostcode_LinksWithoutAnIdentifier_AndSaysWhy()
    {
        var registry = PartyTestData.Registry(out _);
        var first = registry.Observe(PartyTestData.Declaration(PartyTestData.Importer("GB553202734852", "Acme Trading Ltd", "SW1A 1AA")));
        var second = registry.Observe(PartyTestData.Declaration(PartyTestData.Importer(null, "ACME TRADING LIMITED", "sw1a1aa")));
        var third = registry.Observe(PartyTestData.Declaration(PartyTestData.Importer("553202734999", "Acme Trading", "SW1A 1AA", country: "FR")));

        var id = Assert.Single(first, p => p.Role == PartyRoles.Importer).PartyId;
        Assert.Equal(id, Assert.Single(second, p => p.Role == PartyRoles.Importer).PartyId);
        Assert.Equal(id, Assert.Single(third, p => p.Role == PartyRoles.Importer).PartyId);
        var detail = registry.Find(id)!;
        Assert.Contains(detail.Names, n => n.Declared == "ACME TRADING LIMITED" && n.Reason == "linked: same name ACME TRADING and postcode SW1A1AA");
        Assert.Contains(detail.Identifiers, i => i.Normalised == "FR553202734999" && i.Reason.Contains("same name ACME TRADING and postcode SW1A1AA", StringComparison.Ordinal));
    }

    [Fact]
    public void TheSameName_AtAnotherPostcode_OrWithAnotherIdentifierOfTheSameCountry_IsAnotherParty()
    {
        var registry = PartyTestData.Registry(out _);
        var first = registry.Observe(PartyTestData.Declaration(PartyTestData.Importer("GB553202734852", "Acme Trading Ltd", "SW1A 1AA")));
        var elsewhere = registry.Observe(PartyTestData.Declaration(PartyTestData.Importer(null, "Acme Trading Ltd", "M1 1AE")));
        var otherCompany = registry.Observe(PartyTestData.Declaration(PartyTestData.Importer("GB111111111000", "Acme Trading Ltd", "SW1A 1AA")));

        var id = first.Single(p => p.Role == PartyRoles.Importer).PartyId;
        Assert.NotEqual(id, elsewhere.Single(p => p.Role == PartyRoles.Importer).PartyId);
        Assert.NotEqual(id, otherCompany.Single(p => p.Role == PartyRoles.Importer).PartyId);
        Assert.Equal(4, registry.Count); // three importers and the declarant
    }

    [Fact]
    public void ADeclarationSeenAgain_IsNotCountedTwice_AndTheNetworkShowsSharedAddressAndDeclarant()
    {
        var registry = PartyTestData.Registry(out _);
        var declaration = PartyTestData.Declaration(PartyTestData.Importer("GB553202734852", "Acme Trading Ltd", "SW1A 1AA", "1 High Street"));
        registry.Observe(declaration);
        registry.Observe(declaration);
        var neighbour = registry.Observe(PartyTestData.Declaration(PartyTestData.Importer("GB222222222000", "Other Importer", "SW1A 1AA", "1 High St.")));

        var acme = registry.Search("acme trading", 10).Single();
        Assert.Equal(1, acme.Declarations);
        var network = registry.Network(acme.Id, 50)!;
        var other = neighbour.Single(p => p.Role == PartyRoles.Importer).PartyId;
        Assert.Contains(network.Links, l => l.Party.Id == other && l.Relation == "same address");
        Assert.Contains(network.Links, l => l.Party.Id == other && l.Relation == "shares a declarant" && l.Via.StartsWith("PTY-", StringComparison.Ordinal));
        Assert.Contains(network.Links, l => l.Party.Identifiers.Contains("GB999999999000") && l.Relation == "declarant of its declarations");
    }

    [Fact]
    public void IrregularitiesInAPartysHistory_RaiseTheChannel_WithTheHistoryAsTheReason()
    {
        var registry = PartyTestData.Registry(out var store);
        var options = Options.Create(new RiskOptions { ModelDirectory = Path.Combine(Path.GetTempPath(), "tamga-no-models-" + Guid.NewGuid().ToString("N")) });
        var models = new RiskModelStore(options, Options.Create(new TamgaOptions()), NullLogger<RiskModelStore>.Instance);
        var profiles = new ActiveProfiles(new ServiceCollection().BuildServiceProvider().GetRequiredService<IServiceScopeFactory>(), TimeProvider.System);
        var assessment = new RiskAssessment(new ExplicitRules([]), profiles, new ValuationHistory(20, 2.5, TimeProvider.System), models, registry, store, options, TimeProvider.System);
        static PartyFact Acme() => PartyTestData.Importer("GB553202734852", "Acme Trading Ltd", "SW1A 1AA");

        Assert.Equal(Channel.Green, assessment.Assess(PartyTestData.Declaration(Acme())).Channel);
        registry.RecordControl(PartyTestData.Declaration(Acme()), irregularity: true, 500m, DateTimeOffset.UtcNow);
        registry.RecordControl(PartyTestData.Declaration(Acme()), irregularity: false, null, DateTimeOffset.UtcNow);
        Assert.Equal(Channel.Green, assessment.Assess(PartyTestData.Declaration(Acme())).Channel);

        registry.RecordControl(PartyTestData.Declaration(PartyTestData.Importer("gb553202734852", "ACME TRADING LIMITED", null)), irregularity: true, 100m, DateTimeOffset.UtcNow);
        var yellow = assessment.Assess(PartyTestData.Declaration(Acme()));
        Assert.Equal(Channel.Yellow, yellow.Channel);
        Assert.Contains(yellow.Reasons, r => r.StartsWith("importer: 2 irregularities in 3 controls (party PTY-", StringComparison.Ordinal));

        registry.RecordControl(PartyTestData.Declaration(Acme()), irregularity: true, 0m, DateTimeOffset.UtcNow);
        var red = assessment.Assess(PartyTestData.Declaration(Acme()));
        Assert.Equal(Channel.Red, red.Channel);
        Assert.Contains("importer: 3 irregularities in 4 controls", red.Reasons.First(r => r.StartsWith("importer", StringComparison.Ordinal)), StringComparison.Ordinal);
        var history = registry.Find(registry.Search("GB553202734852", 1)[0].Id)!.Party;
        Assert.Equal((4, 3, 600m), (history.Controls, history.Irregularities, history.RevenueRaised));
    }

    [Fact]
    public void OffencesInAPartysHistory_RaiseTheChannel_OnlyWithinTheYearsThatCount()
    {
        var registry = PartyTestData.Registry(out var store);
        var options = Options.Create(new RiskOptions { ModelDirectory = Path.Combine(Path.GetTempPath(), "tamga-no-models-" + Guid.NewGuid().ToString("N")) });
        var models = new RiskModelStore(options, Options.Create(new TamgaOptions()), NullLogger<RiskModelStore>.Instance);
        var profiles = new ActiveProfiles(new ServiceCollection().BuildServiceProvider().GetRequiredService<IServiceScopeFactory>(), TimeProvider.System);
        var assessment = new RiskAssessment(new ExplicitRules([]), profiles, new ValuationHistory(20, 2.5, TimeProvider.System), models, registry, store, options, TimeProvider.System);
        static PartyFact Acme() => PartyTestData.Importer("GB553202734852", "Acme Trading Ltd", "SW1A 1AA");
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        static PartyOffence Offence(Guid party, DateOnly date, string reference) => new()
        {
            Id = Guid.NewGuid(), PartyId = party, PartyNumber = "PTY-000001", OffenceDate = date, Kind = "undervaluation", Reference = reference, Description = "invoices halved", RecordedBy = "analyst", RecordedAt = DateTimeOffset.UtcNow,
        };

        Assert.Equal(Channel.Green, assessment.Assess(PartyTestData.Declaration(Acme())).Channel);
        var acme = registry.Search("GB553202734852", 1)[0];

        // Six years ago: outside the five years that count.
        Assert.True(registry.AddOffence(Offence(acme.Id, today.AddYears(-6), "OLD-1")));
        Assert.Equal(Channel.Green, assessment.Assess(PartyTestData.Declaration(Acme())).Channel);

        Assert.True(registry.AddOffence(Offence(acme.Id, today.AddMonths(-3), "PEN-2026-17")));
        var yellow = assessment.Assess(PartyTestData.Declaration(Acme()));
        Assert.Equal(Channel.Yellow, yellow.Channel);
        Assert.Contains(yellow.Reasons, r => r.StartsWith("importer: 0 irregularities in 0 controls, 1 offence (latest: undervaluation on ", StringComparison.Ordinal) && r.Contains("PEN-2026-17) (party PTY-", StringComparison.Ordinal));

        var second = Offence(acme.Id, today, "PEN-2026-18");
        registry.AddOffence(second);
        var red = assessment.Assess(PartyTestData.Declaration(Acme()));
        Assert.Equal(Channel.Red, red.Channel);
        Assert.Contains(red.Reasons, r => r.Contains("2 offences (latest: undervaluation on " + today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) + ", PEN-2026-18)", StringComparison.Ordinal));

        var detail = registry.Find(acme.Id)!;
        Assert.Equal(2, detail.Party.Offences);
        Assert.Equal(["PEN-2026-18", "PEN-2026-17", "OLD-1"], detail.Offences.Select(o => o.Reference));
        Assert.Contains("GB553202734852", registry.Identity(acme.Id)!.Value.Identifiers);

        registry.RemoveOffence(second);
        Assert.Equal(Channel.Yellow, assessment.Assess(PartyTestData.Declaration(Acme())).Channel);
        Assert.False(registry.AddOffence(Offence(Guid.NewGuid(), today, "NOBODY")));
    }
}
