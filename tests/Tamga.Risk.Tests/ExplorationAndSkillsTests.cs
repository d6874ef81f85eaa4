using System.Globalization;
using System.Text.RegularExpressions;

using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

using Tamga.Declarations.Contracts;
using Tamga.Platform;
using Tamga.Platform.Organisation;
using Tamga.Risk.Aeo;
using Tamga.Risk.Benchmark;
using Tamga.Risk.Capacity;
using Tamga.Risk.Profiles;
using Tamga.Risk.Scoring;
using Tamga.Risk.Selectivity;

namespace Tamga.Risk.Tests;

/// <summary>
/// Exploration beyond the model (the model's uncertainty and the novelty of the goods draw a share of the green
/// declarations to a documentary check), and the skills a control needs.
/// </summary>
public sealed partial class ExplorationAndSkillsTests(SmallModel small) : IClassFixture<SmallModel>, IDisposable
{
    private const string Holder = "GB123456789000";

    private readonly string folder = Directory.CreateTempSubdirectory("tamga-risk-explore-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private static IServiceScopeFactory NoDatabase => new ServiceCollection().BuildServiceProvider().GetRequiredService<IServiceScopeFactory>();

    private RiskAssessment Assessment(RiskOptions settings, bool model = true, AeoRegister? aeo = null, CapacityLedger? capacity = null, IReadOnlyList<RiskProfile>? inForce = null)
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

    /// <summary>Declarations made from KCS rows the small model was not trained on: varied goods, origins and traders.</summary>
    private static List<DeclarationFacts> Declarations(int count, string? importer = null) =>
        TestData.Sample(count, skip: 10_000).Select((r, i) => new DeclarationFacts(
            new Guid(i + 1, 7, 7, [1, 2, 3, 4, 5, 6, 7, 8]), "LRN-" + r.Id, "IMA", r.Declarant, null, importer ?? r.Importer, r.Seller, r.Office, null, r.DepartureCountry, "GB", r.TransportMode, "GBP", null,
            [
                new GoodsItemFacts(1, "goods", r.CommodityCode, r.OriginCountry, r.ImportUse, [], (decimal)r.NetMassKg, null, (decimal)r.ItemValue, "GBP", [r.TaxType], []),
            ])).ToList();

    /// <summary>Scores never select (thresholds at 1), so every declaration is left green and may be explored.</summary>
    private static RiskOptions Exploring(decimal percent, double aeoFactor = 0.5) => new() { YellowScore = 1.0, RedScore = 1.0, ExplorationPercent = percent, AeoRateFactor = aeoFactor };

    private static bool Explored(RiskDecision decision) => decision.Reasons.Any(r => r.StartsWith("exploration: ", StringComparison.Ordinal));

    [Fact]
    public void Exploration_PicksAboutTheSetShare_OfManyDeclarations()
    {
        var declarations = Declarations(4000);
        var assessment = Assessment(Exploring(5m));
        var picked = declarations.Select(assessment.Assess).Count(Explored);

        // 5 % of 4,000 is 200: the scale follows the declarations met, so the share lands on the setting.
        Assert.InRange(picked, 170, 230);
        Assert.True(small.Model.Manifest.ExplorationMeanPriority is > 0 and < 1);
    }

    [Fact]
    public void Exploration_GoesYellow_WithTheReason_AndDocumentarySkill()
    {
        var decision = Declarations(4000).Select(Assessment(Exploring(20m)).Assess).First(Explored);

        Assert.Equal(Channel.Yellow, decision.Channel);
        Assert.Equal([Skills.Documentary], decision.Skills);
        var reason = decision.Reasons.Single(r => r.StartsWith("exploration: ", StringComparison.Ordinal));
        Assert.Matches(ReasonPattern(), reason);
    }

    [Fact]
    public void Exploration_FavoursUncertainAndNovelDeclarations()
    {
        var declarations = Declarations(4000);
        var model = small.Model;
        var priority = declarations.ToDictionary(d => d.DeclarationId, d =>
        {
            var item = DeclarationRecords.Of(d, DateOnly.FromDateTime(DateTime.UtcNow)).Single();
            return ExplorationPriority.Of(model.Assess(item).Probability, ExplorationPriority.PastControls(model.Encoder, item));
        });
        var assessment = Assessment(Exploring(5m));
        var picked = declarations.Where(d => Explored(assessment.Assess(d))).Select(d => priority[d.DeclarationId]).ToList();

        // Drawn in proportion to the priority: the picked ones average E[p²]/E[p], above the mean.
        Assert.True(picked.Average() > 1.2 * priority.Values.Average(), $"picked {picked.Average():0.000} against {priority.Values.Average():0.000} on average");
        Assert.Equal(1.0, ExplorationPriority.Of(0.5, 0));
        Assert.Equal(0.0, ExplorationPriority.Of(1.0, 0));
        Assert.Equal(0.5, ExplorationPriority.Of(0.5, 3));
    }

    [Fact]
    public void Exploration_DrawsAlike_TheSameDeclarationsMetInTheSameOrder()
    {
        var declarations = Declarations(2000);
        var assessment = Assessment(Exploring(10m));
        var first = declarations.Where(d => Explored(assessment.Assess(d))).Select(d => d.DeclarationId).ToList();
        var elsewhere = Assessment(Exploring(10m));
        var second = declarations.Where(d => Explored(elsewhere.Assess(d))).Select(d => d.DeclarationId).ToList();
        var again = declarations.Where(d => Explored(assessment.Assess(d))).Select(d => d.DeclarationId).ToList();

        // The same declarations met in the same order are drawn alike; met again, only those whose draw lies at the
        // edge of the scale's small movement may change.
        Assert.NotEmpty(first);
        Assert.Equal(first, second);
        Assert.True(again.Intersect(first).Count() >= 0.9 * first.Count, $"{again.Intersect(first).Count()} of {first.Count} drawn again");
    }

    [Fact]
    public void Exploration_IsLoweredForAnAeo_AsTheRandomSampleIs()
    {
        var declarations = Declarations(4000, importer: Holder);
        var plain = declarations.Where(d => Explored(Assessment(Exploring(10m)).Assess(d))).Select(d => d.DeclarationId).ToHashSet();
        var register = new AeoRegister(NoDatabase);
        register.Use([new AeoAuthorisation { Id = Guid.NewGuid(), Identifier = Holder, Type = "AEOF", Reference = "GBAEOF0001", ValidFrom = new DateOnly(2020, 1, 1) }]);
        var aeo = Assessment(Exploring(10m, aeoFactor: 0.5), aeo: register);
        var lowered = declarations.Where(d => Explored(aeo.Assess(d))).Select(d => d.DeclarationId).ToList();

        Assert.NotEmpty(lowered);
        Assert.InRange(lowered.Count, plain.Count * 0.3, plain.Count * 0.7);
        Assert.All(lowered, id => Assert.Contains(id, plain));
    }

    [Fact]
    public void Exploration_NeedsAModel_AndIsOffByDefault_AndGivesWayToCapacity()
    {
        var declarations = Declarations(500);
        Assert.DoesNotContain(declarations.Select(Assessment(Exploring(20m), model: false).Assess), Explored);
        Assert.DoesNotContain(declarations.Select(Assessment(new RiskOptions { YellowScore = 1.0, RedScore = 1.0 }).Assess), Explored);

        var settings = Exploring(20m);
        settings.OfficeCapacities = [.. declarations.Select(d => d.PresentationOffice!).Distinct().Select(o => new OfficeCapacitySetting { Office = o, DocumentaryPerDay = 0 })];
        var full = Assessment(settings, capacity: new CapacityLedger(NoDatabase, Options.Create(settings)));
        var lowered = declarations.Select(full.Assess).Where(Explored).ToList();
        Assert.NotEmpty(lowered);
        Assert.All(lowered, d =>
        {
            Assert.Equal(Channel.Green, d.Channel);
            Assert.Contains(d.Reasons, r => r.Contains("are used up (0 of 0): the exploratory selection (score ", StringComparison.Ordinal));
        });
    }

    [Fact]
    public void Simulation_UncertaintyExploration_TakesAtMostAFewPerGoodsAndOrigin_AndRepeats()
    {
        var rows = TestData.Sample(3000, skip: 10_000);
        var scores = small.Model.Score(rows);
        var first = OnlineSimulation.Uncertain(rows, scores, small.Model.Encoder, Enumerable.Range(0, rows.Count), 100, 5);
        var second = OnlineSimulation.Uncertain(rows, scores, small.Model.Encoder, Enumerable.Range(0, rows.Count), 100, 5);

        Assert.Equal(100, first.Count);
        Assert.Equal(first, second);
        Assert.All(first.GroupBy(i => ExplorationPriority.Group(rows[i])), g => Assert.True(g.Count() <= OnlineSimulation.PerGroup));
    }

    [Fact]
    public void Skills_AreTheUnionOfWhatSelected_AndGreenNeedsNone()
    {
        var origin = Profile("RP-000001", Channel.Yellow, ["origin", "classification"], "85");
        var restrictions = Profile("RP-000002", Channel.Yellow, ["restrictions", "origin"], "8510");
        var assessment = Assessment(new RiskOptions(), model: false, inForce: [origin, restrictions]);

        var both = assessment.Assess(RiskModelTests.Declaration("8510900000", "US", 500m));
        Assert.Equal(Channel.Yellow, both.Channel);
        Assert.Equal([Skills.Documentary, Skills.Origin, Skills.Classification, Skills.Restrictions], both.Skills);

        // A rule makes it red: the examination, and still what the profile asks.
        var arms = Profile("RP-000003", Channel.Yellow, ["restrictions"], "93");
        var red = Assessment(new RiskOptions(), model: false, inForce: [arms]).Assess(RiskModelTests.Declaration("9303200000", "US", 500m));
        Assert.Equal(Channel.Red, red.Channel);
        Assert.Equal([Skills.Physical, Skills.Restrictions], red.Skills);

        var green = assessment.Assess(RiskModelTests.Declaration("0901110000", "US", 500m));
        Assert.Equal(Channel.Green, green.Channel);
        Assert.Empty(green.Skills);
    }

    [Fact]
    public void Skills_AreChecked_InDraftsAndDirectives()
    {
        var draft = new ProfileDraft("n", "r", "yellow", new ProfileCriteria { OriginCountries = ["CN"] }, null, null, null, Skills: ["origin", "cooking"]);
        var error = Assert.Single(ProfileWorkflow.Check(draft));
        Assert.Equal(("skills", "RISK-PROFILE-SKILL"), (error.Field, error.Rule));

        const string file = "name,reason,channel,originCountries,skills\n" +
            "Origin fraud,Check the proofs of origin,yellow,CN,origin;classification\n" +
            "Bad,Alert,red,VN,origin juggling\n";
        var (drafts, errors) = DirectiveFile.Read(new StringReader(file));
        Assert.Equal(["origin", "classification"], drafts[0].Skills);
        var bad = Assert.Single(errors);
        Assert.Equal("line 3: skills", bad.Field);
        Assert.Contains("'juggling'", bad.Message, StringComparison.Ordinal);
    }

    private static RiskProfile Profile(string number, Channel channel, IReadOnlyList<string> skills, string prefix)
    {
        var profile = new RiskProfile { Id = Guid.NewGuid(), Number = number, Version = 1, Name = number, Reason = "intelligence", Channel = channel, Criteria = new ProfileCriteria { CommodityPrefixes = [prefix] }, Skills = skills, ValidFrom = new DateOnly(2020, 1, 1), DraftedBy = "a" };
        profile.Approve("s", DateTimeOffset.UtcNow, null);
        return profile;
    }

    [GeneratedRegex(@"^exploration: the model is unsure \(score 0\.\d\d, \d+ past controls? of HS 6 × origin\): documentary check so that the model learns \(drawn at [\d.]+%\)$")]
    private static partial Regex ReasonPattern();
}
