using Tamga.Declarations.Contracts;
using Tamga.Declarations.Domain;

namespace Tamga.Declarations.Tests;

/// <summary>The lifecycle rule "release requires duties paid or secured" and the release Revenue triggers.</summary>
public sealed class ReleaseOnPaymentTests
{
    private static readonly DateTimeOffset At = new(2026, 11, 29, 10, 0, 0, TimeSpan.Zero);

    private static readonly DutyAssessment Due = new(true, [new TaxLine(1, "A00", 1000m, 2m, 20m, "GBP", "test"), new TaxLine(1, "B00", 1020m, 20m, 204m, "GBP", "test")], 224m, "GBP", false, "assessed");

    private static Declaration Registered()
    {
        var facts = new DeclarationFacts(Guid.NewGuid(), "LRN-RELEASE", "IMA", "GB553202734852", null, null, null, "ZZ000002", null, "US", "GB", "1", "GBP", 1000m, []);
        var declaration = Declaration.Lodge(facts.DeclarationId, facts, "{}", new string('0', 64), At);
        declaration.Register("26GB00000000000R1", At);
        declaration.ClearChanges();
        return declaration;
    }

    [Fact]
    public void GreenWithDutyDue_WaitsForPayment_AndIsReleasedWhenRevenueSaysPaid()
    {
        var declaration = Registered();
        declaration.Route(new RiskDecision(Channel.Green, ["low risk"], "test"), Due, "ZZ000002", At);
        Assert.Equal(DeclarationStatus.AwaitingPayment, declaration.Status);
        Assert.Same(Due, declaration.AssessedDue);
        declaration.ClearChanges();
        Assert.Null(declaration.AssessedDue);

        Assert.False(declaration.SettleDuties(declaration.Version + 1, "paid", At.AddMinutes(1)));
        Assert.Equal(DeclarationStatus.AwaitingPayment, declaration.Status);
        Assert.True(declaration.SettleDuties(declaration.Version, "paid", At.AddMinutes(2)));
        Assert.Equal(DeclarationStatus.Released, declaration.Status);
        Assert.Equal(At.AddMinutes(2), declaration.ReleasedAt);
        Assert.Equal(NotificationTypes.Cleared, declaration.Notifications[^1].Type);
        Assert.Contains(declaration.Changes, c => c.Status == DeclarationStatus.Released && c.Actor == "system:revenue");
        Assert.False(declaration.SettleDuties(declaration.Version, "paid", At.AddMinutes(3)));
    }

    [Fact]
    public void AControlRelease_WithDutiesUnpaid_GoesToAwaitingPayment_UnlessSecuredMeanwhile()
    {
        var unpaid = Registered();
        unpaid.Route(new RiskDecision(Channel.Red, ["weapons"], "test"), Due, "ZZ000002", At);
        unpaid.RecordControlResult("Goods match.", release: true, At.AddHours(1), "user:officer");
        Assert.Equal(DeclarationStatus.AwaitingPayment, unpaid.Status);
        Assert.Null(unpaid.ReleasedAt);

        var secured = Registered();
        secured.Route(new RiskDecision(Channel.Yellow, ["value"], "test"), Due, "ZZ000002", At);
        Assert.True(secured.SettleDuties(secured.Version, "guarantee", At.AddMinutes(5)));
        Assert.Equal(DeclarationStatus.UnderControl, secured.Status);
        secured.RecordControlResult("Documents in order.", release: true, At.AddHours(1), "user:officer");
        Assert.Equal(DeclarationStatus.Released, secured.Status);
    }

    [Fact]
    public void NoDutyDue_IsReleasedAtOnce_AndPublishesNoAssessment()
    {
        var declaration = Registered();
        declaration.Route(new RiskDecision(Channel.Green, ["low risk"], "test"), DutyAssessment.NotAssessed, "ZZ000002", At);
        Assert.Equal(DeclarationStatus.Released, declaration.Status);
        Assert.Null(declaration.AssessedDue);
    }
}
