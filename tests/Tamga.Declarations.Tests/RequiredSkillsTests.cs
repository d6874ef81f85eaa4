using Tamga.Declarations.Contracts;
using Tamga.Declarations.Domain;

namespace Tamga.Declarations.Tests;

/// <summary>The skills a control requires: from the risk decision, widened (never narrowed) when the channel rises.</summary>
public sealed class RequiredSkillsTests
{
    private static readonly DateTimeOffset At = new(2026, 11, 30, 10, 0, 0, TimeSpan.Zero);

    private static readonly DutyAssessment Nothing = new(true, [], 0m, "GBP", true, "nothing due");

    private static Declaration Registered()
    {
        var facts = new DeclarationFacts(Guid.NewGuid(), "LRN-SKILLS", "IMA", "GB553202734852", null, null, null, "ZZ000002", null, "US", "GB", "1", "GBP", 1000m, []);
        var declaration = Declaration.Lodge(facts.DeclarationId, facts, "{}", new string('0', 64), At);
        declaration.Register("26GB00000000000R1", At);
        declaration.ClearChanges();
        return declaration;
    }

    [Fact]
    public void Routing_KeepsTheDecisionsSkills_InCanonicalOrder_SpacedForLike()
    {
        var declaration = Registered();
        declaration.Route(new RiskDecision(Channel.Yellow, ["value"], "test") { Skills = ["valuation", "documentary", "valuation"] }, Nothing, "ZZ000002", At);
        Assert.Equal(" documentary valuation ", declaration.RequiredSkills);
        Assert.Equal(["documentary", "valuation"], declaration.RequiredSkillList);
        Assert.Equal("% valuation %", Declaration.SkillPattern("valuation"));
    }

    [Fact]
    public void NoSkillNamed_IsStoredEmpty()
    {
        var declaration = Registered();
        declaration.Route(new RiskDecision(Channel.Red, ["weapons"], "test"), Nothing, "ZZ000002", At);
        Assert.Equal("", declaration.RequiredSkills);
        Assert.Empty(declaration.RequiredSkillList);
    }

    [Fact]
    public void ARaisedChannel_WidensTheSkills_ALowerOneLeavesThem()
    {
        var declaration = Registered();
        declaration.Route(new RiskDecision(Channel.Yellow, ["value"], "test") { Skills = ["documentary", "valuation"] }, Nothing, "ZZ000002", At);

        Assert.False(declaration.Reassess(new RiskDecision(Channel.Green, ["fine"], "test") { Skills = [] }, "profile retired", At.AddMinutes(1)));
        Assert.Equal(["documentary", "valuation"], declaration.RequiredSkillList);

        Assert.True(declaration.Reassess(new RiskDecision(Channel.Red, ["profile"], "test") { Skills = ["physical"] }, "risk profile RP-1", At.AddMinutes(2)));
        Assert.Equal(" documentary physical valuation ", declaration.RequiredSkills);
    }

    [Fact]
    public void DutiesToDetermine_TurnGreenIntoADocumentaryCheck()
    {
        var declaration = Registered();
        var undetermined = new DutyAssessment(true, [], 0m, "GBP", false, "no rate for the supplementary unit", Determined: false);
        declaration.Route(new RiskDecision(Channel.Green, ["low risk"], "test"), undetermined, "ZZ000002", At);
        Assert.Equal(Channel.Yellow, declaration.Channel);
        Assert.Equal(["documentary"], declaration.RequiredSkillList);
    }
}
