using System.Globalization;
using Tamga.Declarations.Contracts;
using Tamga.Revenue.Quotas;
using Tamga.Tariff.Contracts;

namespace Tamga.Revenue.Calculation;

/// <summary>
/// The declarations module's duty port, answered by the calculation. Nothing due (total 0) counts as paid or secured;
/// amounts due are paid or secured through the payments flow. An item that cannot be assessed leaves the duties
/// undetermined, so the declaration is not released automatically.
/// </summary>
internal sealed class DutyAssessmentService(DeclarationAssessor assessor, IMeasuresInForce measures, QuotaAllocator quotas) : IDutyAssessment
{
    public async ValueTask<DutyAssessment> AssessAsync(DeclarationFacts declaration, DateOnly acceptanceDate, CancellationToken cancellationToken)
    {
        var allocations = await AllocateQuotasAsync(declaration, acceptanceDate, cancellationToken);
        var assessment = assessor.Assess(declaration, acceptanceDate, allocations);
        var lines = assessment.Items
            .SelectMany(i => i.Lines)
            .Select(l => new TaxLine(l.Item, l.TaxType, l.Base, l.Rate, l.Amount, l.Currency, l.Reason, l.Kind == RateKind.Specific ? l.Unit : null))
            .ToList();
        var total = assessment.TotalDue + assessment.TotalSuspended;
        var problems = assessment.Items.Where(i => i.Error is not null).Select(i => string.Create(CultureInfo.InvariantCulture, $"item {i.Item}: {i.Error}")).ToList();
        problems.AddRange(OtherTerritoryDutyUnassessed(declaration));
        var notes = assessment.Notes.Concat(assessment.Items.SelectMany(i => i.Notes.Select(n => string.Create(CultureInfo.InvariantCulture, $"item {i.Item}: {n}")))).ToList();
        var note = problems.Count > 0
            ? "Duties not fully determined: " + string.Join("; ", problems) + "."
            : string.Create(CultureInfo.InvariantCulture, $"Assessed on {acceptanceDate:yyyy-MM-dd}: {assessment.TotalDue:0.00} {assessment.Currency} to pay, {assessment.TotalSuspended:0.00} {assessment.Currency} to secure (suspensive procedure).");
        if (notes.Count > 0)
        {
            note += " " + string.Join("; ", notes) + ".";
        }

        var paidOrSecured = problems.Count == 0 && total == 0m;
        return new DutyAssessment(true, lines, total, assessment.Currency, paidOrSecured, note, Determined: problems.Count == 0);
    }

    /// <summary>
    /// Items at risk of moving into the EU (Northern Ireland, Windsor Framework Art. 5(1)–(2)) owe the EU customs duty,
    /// which the loaded tariff does not hold: the assessment leaves them out, so the duties are not determined and an
    /// officer determines the EU duty before release, rather than the goods leaving with no customs duty charged.
    /// </summary>
    private IEnumerable<string> OtherTerritoryDutyUnassessed(DeclarationFacts declaration)
    {
        var rule = measures.Current.OtherTerritory;
        if (declaration.TypeCode.StartsWith("EX", StringComparison.Ordinal))
        {
            yield break;
        }

        foreach (var item in declaration.Items)
        {
            if (rule.AtRisk(item.AdditionalInformationCodes, declaration.AuthorisationTypes))
            {
                yield return string.Create(CultureInfo.InvariantCulture, $"item {item.Sequence}: at risk of moving into the EU, the EU customs duty is due and is not in the loaded tariff ({rule.LegalBase})");
            }
        }
    }

    /// <summary>
    /// Allocates, from the quota balances, what the items claiming a tariff quota whose terms the tariff holds ask for
    /// (the transactional step; the calculation then takes the allocations as input). Each declaration item is allocated
    /// once: a reassessment of the same declaration gets the allocation it had. No item claiming a quota: no database work.
    /// The drawings are provisional: this runs before the lodging commits, so they are confirmed when the declaration's
    /// registration reaches Revenue, and returned when it never does (<see cref="QuotaReturns"/>).
    /// </summary>
    private async Task<Dictionary<int, QuotaAllocation>> AllocateQuotasAsync(DeclarationFacts declaration, DateOnly date, CancellationToken cancellationToken)
    {
        var result = new Dictionary<int, QuotaAllocation>();
        var table = measures.Current;
        if (table.Quotas.Count == 0 || declaration.TypeCode.StartsWith("EX", StringComparison.Ordinal))
        {
            return result;
        }

        foreach (var item in declaration.Items)
        {
            var order = item.DeclaredTaxes.Select(t => t.QuotaOrderNumber).FirstOrDefault(o => !string.IsNullOrEmpty(o));
            if (order is null || table.Quota(order, date) is not { } terms
                || !terms.Covers(item.CommodityCode, item.PreferentialOrigin ?? item.OriginCountry, date)
                || DeclarationAssessor.QuotaQuantity(item, terms.Unit) is not { } requested || requested <= 0m)
            {
                continue;
            }

            var reference = string.Create(CultureInfo.InvariantCulture, $"{declaration.DeclarationId}/{item.Sequence}");
            result[item.Sequence] = await quotas.AllocateAsync(terms, reference, requested, "system:duty-assessment", cancellationToken, declaration.DeclarationId);
        }

        return result;
    }
}
