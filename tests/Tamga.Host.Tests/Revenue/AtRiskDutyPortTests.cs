using Microsoft.Extensions.DependencyInjection;
using Tamga.Declarations.Contracts;
using Tamga.Host.Tests.Infrastructure;

namespace Tamga.Host.Tests.Revenue;

/// <summary>
/// The duty port on goods entering Northern Ireland: an item at risk of moving into the EU owes the EU duty, which the
/// loaded tariff does not hold, so the duties are left undetermined for an officer instead of releasing the goods with
/// no customs duty; an item declared not at risk under the UK Internal Market Scheme is assessed as usual.
/// </summary>
public sealed class AtRiskDutyPortTests(TamgaFactory factory) : IClassFixture<TamgaFactory>
{
    [Fact]
    public async Task GoodsAtRisk_LeaveTheDutiesUndetermined_GoodsNotAtRiskDoNot()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var documents = scope.ServiceProvider.GetRequiredService<IDeclarationDocuments>();
        var duties = scope.ServiceProvider.GetRequiredService<IDutyAssessment>();

        // NIIMP only: at risk.
        var atRisk = documents.ReadDecDms(Samples.Bytes("TT_IM098a/Step1_TT_IM098a.xml")).Facts!;
        var assessed = await duties.AssessAsync(atRisk, new DateOnly(2026, 2, 20), CancellationToken.None);
        Assert.False(assessed.Determined);
        Assert.False(assessed.PaidOrSecured);
        Assert.Contains("item 1: at risk of moving into the EU, the EU customs duty is due", assessed.Note, StringComparison.Ordinal);

        // NIIMP + NIREM by a holder of the UKIMS authorisation (DE 3/39 UKIM): not at risk, the UK duty is assessed.
        var notAtRisk = documents.ReadDecDms(Samples.Bytes("TT_IM190a/Step1_TT_IM190a.xml")).Facts!;
        var uk = await duties.AssessAsync(notAtRisk, new DateOnly(2026, 2, 20), CancellationToken.None);
        Assert.DoesNotContain("at risk of moving into the EU", uk.Note, StringComparison.Ordinal);
        Assert.Contains(uk.Lines, l => l.TaxType == "A00" && l.Amount > 0m);
    }
}
