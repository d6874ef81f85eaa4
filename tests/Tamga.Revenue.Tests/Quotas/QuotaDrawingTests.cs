using Tamga.Revenue.Quotas;

namespace Tamga.Revenue.Tests.Quotas;

/// <summary>The life of one quota drawing against its balance: confirmed, returned once, drawn again only what is left.</summary>
public sealed class QuotaDrawingTests
{
    private static readonly DateTimeOffset At = new(2026, 3, 1, 8, 0, 0, TimeSpan.Zero);

    private static QuotaBalance Balance(decimal volume) => new() { OrderNumber = "051867", PeriodStart = new DateOnly(2026, 1, 1), PeriodEnd = new DateOnly(2026, 12, 31), Volume = volume, Unit = "KGM" };

    private static QuotaDrawing Draw(QuotaBalance balance, decimal requested) =>
        QuotaDrawing.Provisional(new TariffQuotaRef(balance.OrderNumber, balance.PeriodStart), "d/1", Guid.NewGuid(), requested, balance.Take(requested), "KGM", At);

    [Fact]
    public void AReturn_GivesBackWhatTheDrawingHolds_Once()
    {
        var balance = Balance(1000m);
        var drawing = Draw(balance, 600m);
        Assert.Equal(QuotaDrawingStatus.Provisional, drawing.Status);
        Assert.Equal(600m, drawing.Held);

        Assert.Equal(600m, drawing.Return(balance, "declaration cancelled", At));
        Assert.Equal(0m, balance.Allocated);
        Assert.Equal(0m, drawing.Held);
        Assert.Equal(QuotaDrawingStatus.Returned, drawing.Status);
        Assert.Throws<InvalidOperationException>(() => drawing.Return(balance, "again", At));
        Assert.Equal(0m, balance.Allocated);
    }

    [Fact]
    public void AConfirmedDrawing_IsNotConfirmedAgain_ButCanBeReturned()
    {
        var balance = Balance(1000m);
        var drawing = Draw(balance, 300m);
        drawing.Confirm(At);
        Assert.Throws<InvalidOperationException>(() => drawing.Confirm(At));
        drawing.Return(balance, "declaration invalidated", At);
        Assert.Equal(1000m, balance.Balance);
    }

    [Fact]
    public void DrawingAgain_TakesWhatIsLeft_NeverMore()
    {
        var balance = Balance(1000m);
        var drawing = Draw(balance, 600m);
        drawing.Return(balance, QuotaReturns.Expired, At);
        balance.Take(700m);

        Assert.Equal(300m, drawing.DrawAgain(balance, At));
        Assert.Equal(QuotaDrawingStatus.Confirmed, drawing.Status);
        Assert.Equal(0m, balance.Balance);
        Assert.Equal(1000m, balance.Allocated);
    }

    [Fact]
    public void TheBalance_RefusesToGiveBackMoreThanIsAllocated()
    {
        var balance = Balance(1000m);
        balance.Take(100m);
        Assert.Throws<ArgumentOutOfRangeException>(() => balance.Return(100.01m));
        Assert.Throws<ArgumentOutOfRangeException>(() => balance.Return(-1m));
        balance.Return(100m);
        Assert.Equal(1000m, balance.Balance);
    }
}
