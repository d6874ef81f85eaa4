using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

using Tamga.Declarations.Contracts;
using Tamga.Platform;
using Tamga.Risk.Aeo;
using Tamga.Risk.Capacity;
using Tamga.Risk.Profiles;
using Tamga.Risk.Scoring;
using Tamga.Risk.Selectivity;

namespace Tamga.Risk.Tests;

/// <summary>AEO status lowers the controls; an office's daily capacity lowers selections by the score alone.</summary>
public sealed class AeoAndCapacityTests(SmallModel small) : IClassFixture<SmallModel>, IDisposable
{
    private const string Holder = "GB123456789000";

    private readonly string folder = Directory.CreateTempSubdirectory("tamga-risk-aeo-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private static IServiceScopeFactory NoDatabase => new ServiceCollection().BuildServiceProvider().GetRequiredService<IServiceScopeFactory>();

    private static AeoRegister Register(params string[] holders)
    {
        var register = new AeoRegister(NoDatabase);
        register.Use(holders.Select(h => new AeoAuthorisation { Id = Guid.NewGuid(), Identifier = h, Type = "AEOF", Reference = "GBAEOF0001", ValidFrom = new DateOnly(2020, 1, 1) }));
        return register;
    }

    private RiskAssessment Assessment(RiskOptions settings, AeoRegister? aeo = null, CapacityLedger? capacity = null, bool model = false, IReadOnlyList<RiskProfile>? inForce = null)
    {
        settings.ModelDirectory = model ? folder : Path.Combine(folder, "none");
        if (model && Directory.GetFiles(folder).Length == 0)
        {
            small.Model.Save(folder);
        }

        var options = Options.Create(settings);
        var store = new RiskModelStore(options, Options.Create(new TamgaOptions()), NullLogger<RiskModelStore>.Instance);
        var rules = new ExplicitRules([new RiskRule { Name = "Arms", Channel = Channel.Red, CommodityPrefixes = ["93"], Reason = "goods of HS chapter 93 are examined physically" }]);
        var profiles = new ActiveProfiles(NoDatabase, TimeProvider.System);
        profiles.Use(inForce ?? []);
        return new RiskAssessment(rules, profiles, new ValuationHistory(20, 2.5, TimeProvider.System), store, PartyTestData.Registry(out var parties), parties, options, TimeProvider.System, aeo, capacity);
    }

    private static List<DeclarationFacts> Declarations(int count, string commodity = "8510900000") =>
        Enumerable.Range(0, count).Select(_ => RiskModelTests.Declaration(commodity, "US", 1000m)).ToList();

    [Fact]
    public void Aeo_HalvesTheRandomSample_AndItsDrawsAreASubsetOfTheOthers()
    {
        var declarations = Declarations(4000);
        var plain = Assessment(new RiskOptions { RandomSamplePercent = 20m });
        var aeo = Assessment(new RiskOptions { RandomSamplePercent = 20m, AeoRateFactor = 0.5 }, Register(Holder));
        var sampled = declarations.Where(d => plain.Assess(d).Channel == Channel.Yellow).Select(d => d.DeclarationId).ToHashSet();
        var decisions = declarations.Select(d => (d.DeclarationId, Decision: aeo.Assess(d))).ToList();
        var sampledAeo = decisions.Where(d => d.Decision.Channel == Channel.Yellow).Select(d => d.DeclarationId).ToList();

        Assert.InRange(sampled.Count, 700, 900); // 20 % of 4,000
        Assert.InRange(sampledAeo.Count, 320, 480); // 10 %
        Assert.All(sampledAeo, id => Assert.Contains(id, sampled));
        Assert.All(decisions, d => Assert.Contains(d.Decision.Reasons, r => r.StartsWith("AEO: importer GB123456789000 holds AEOF authorisation GBAEOF0001", StringComparison.Ordinal) && r.Contains("lowered", StringComparison.Ordinal)));
        Assert.Contains(decisions.First(d => d.Decision.Channel == Channel.Yellow).Decision.Reasons, r => r == "random compliance-measurement sample (10% of declarations)");
    }

    [Fact]
    public void Aeo_LowersTargetRateDraws_ButNeitherRulesNorWatchListsNorUnregisteredClaims()
    {
        var drawn = new RiskProfile { Id = Guid.NewGuid(), Number = "RP-000001", Version = 1, Name = "Motors", Reason = "sampled", Channel = Channel.Yellow, Criteria = new ProfileCriteria { CommodityPrefixes = ["85"] }, TargetRate = 40m, ValidFrom = new DateOnly(2020, 1, 1), DraftedBy = "a" };
        var watched = new RiskProfile { Id = Guid.NewGuid(), Number = "RP-000002", Version = 1, Name = "Watch", Reason = "watch list", Channel = Channel.Red, Criteria = new ProfileCriteria { Parties = [Holder], CommodityPrefixes = ["94"] }, TargetRate = 100m, ValidFrom = new DateOnly(2020, 1, 1), DraftedBy = "a" };
        drawn.Approve("s", DateTimeOffset.UtcNow, null);
        watched.Approve("s", DateTimeOffset.UtcNow, null);
        var declarations = Declarations(3000);
        var plain = Assessment(new RiskOptions(), inForce: [drawn, watched]).Assess;
        var aeo = Assessment(new RiskOptions { AeoRateFactor = 0.5 }, Register(Holder), inForce: [drawn, watched]).Assess;

        var plainHits = declarations.Count(d => plain(d).Channel == Channel.Yellow);
        var aeoHits = declarations.Count(d => aeo(d).Channel == Channel.Yellow);
        Assert.InRange(plainHits, 1050, 1350); // 40 %
        Assert.InRange(aeoHits, 480, 720); // 20 %

        var arms = aeo(RiskModelTests.Declaration("9303200000", "US", 500m));
        Assert.Equal(Channel.Red, arms.Channel);
        var furniture = aeo(RiskModelTests.Declaration("9403200000", "US", 500m));
        Assert.Equal(Channel.Red, furniture.Channel);
        Assert.Contains(furniture.Reasons, r => r.StartsWith("profile RP-000002", StringComparison.Ordinal));

        // A declared AEO type that the register does not hold lowers nothing, and the officer is told.
        var claimed = RiskModelTests.Declaration("8510900000", "US", 500m) with { AuthorisationTypes = ["AEOC"] };
        var decision = Assessment(new RiskOptions(), Register("GB000000000001")).Assess(claimed);
        Assert.Contains(decision.Reasons, r => r.StartsWith("AEO: declares AEOC (DE 3/39) but the AEO register holds no authorisation", StringComparison.Ordinal));
        Assert.DoesNotContain(decision.Reasons, r => r.Contains("controls lowered", StringComparison.Ordinal));
    }

    [Fact]
    public void Aeo_RaisesTheScoreThresholds()
    {
        var declaration = Declarations(1)[0];
        var probe = Assessment(new RiskOptions(), model: true).Assess(declaration);
        var score = double.Parse(probe.Reasons.Single(r => r.StartsWith("risk score ", StringComparison.Ordinal)).Split(' ')[2], System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(score, 0.0, 0.99);
        var settings = () => new RiskOptions { YellowScore = Math.Max(0, score - 0.001), RedScore = 1.0, AeoRateFactor = 0.5 };

        Assert.Equal(Channel.Yellow, Assessment(settings(), model: true).Assess(declaration).Channel);
        var lowered = Assessment(settings(), Register(Holder), model: true).Assess(declaration);
        Assert.Equal(Channel.Green, lowered.Channel);
        Assert.Contains(lowered.Reasons, r => r.Contains("green from the score", StringComparison.Ordinal));
        Assert.Contains(lowered.Reasons, r => r.StartsWith("AEO: ", StringComparison.Ordinal) && r.Contains("controls lowered (score thresholds", StringComparison.Ordinal));
    }

    [Fact]
    public void Capacity_LowersSelectionsByTheScoreOnly_OnceUsedUp_AndCountsADeclarationOnce()
    {
        var settings = new RiskOptions { YellowScore = 0.0, RedScore = 1.0, OfficeCapacities = [new OfficeCapacitySetting { Office = "GBLHR001", DocumentaryPerDay = 3, PhysicalPerDay = 0 }] };
        var ledger = new CapacityLedger(NoDatabase, Options.Create(settings));
        var assessment = Assessment(settings, capacity: ledger, model: true);
        var declarations = Declarations(5);
        var channels = declarations.Select(d => assessment.Assess(d)).ToList();

        Assert.Equal([Channel.Yellow, Channel.Yellow, Channel.Yellow, Channel.Green, Channel.Green], channels.Select(c => c.Channel));
        Assert.Contains(channels[3].Reasons, r => r.StartsWith("capacity: the documentary checks of office GBLHR001 for ", StringComparison.Ordinal) && r.Contains("used up (3 of 3): the selection by score", StringComparison.Ordinal));

        // Assessed again (an amendment, a change of criteria): still its own place.
        Assert.Equal(Channel.Yellow, assessment.Assess(declarations[0]).Channel);

        // A rule's selection is never lowered, even with no physical capacity at all, and it counts.
        Assert.Equal(Channel.Red, assessment.Assess(RiskModelTests.Declaration("9303200000", "US", 500m)).Channel);
        var today = ledger.Today(DateOnly.FromDateTime(DateTime.UtcNow)).Single(u => u.Office == "GBLHR001");
        Assert.Equal((1, 3, 0, 3), (today.Physical, today.Documentary, today.PhysicalPerDay, today.DocumentaryPerDay));

        // The random compliance sample is always drawn, beyond capacity, and says so.
        var sampling = Assessment(new RiskOptions { YellowScore = 0.0, RedScore = 1.0, RandomSamplePercent = 20m }, capacity: ledger, model: true);
        var sampled = Declarations(200).Select(d => sampling.Assess(d)).Where(d => d.Reasons.Any(r => r.StartsWith("random compliance-measurement sample", StringComparison.Ordinal))).ToList();
        Assert.NotEmpty(sampled);
        Assert.All(sampled, d => Assert.Equal(Channel.Yellow, d.Channel));
    }
}
