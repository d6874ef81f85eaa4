using System.Globalization;
using Tamga.Declarations.Contracts;

namespace Tamga.Revenue.Calculation;

/// <summary>
/// The declarations module's duty port, answered by the calculation. Nothing due (total 0) counts as paid or secured;
/// amounts due are paid or secured through the payments flow. An item that cannot be assessed leaves the duties
/// undetermined, so the declaration is not released automatically.
/// </summary>
internal sealed class DutyAssessmentService(DeclarationAssessor assessor) : IDutyAssessment
{
    public ValueTask<DutyAssessment> AssessAsync(DeclarationFacts declaration, DateOnly acceptanceDate, CancellationToken cancellationToken)
    {
        var assessment = assessor.Assess(declaration, acceptanceDate);
        var lines = assessment.Items
            .SelectMany(i => i.Lines)
            .Select(l => new TaxLine(l.Item, l.TaxType, l.Base, l.Rate, l.Amount, l.Currency, l.Reason, l.Kind == RateKind.Specific ? l.Unit : null))
            .ToList();
        var total = assessment.TotalDue + assessment.TotalSuspended;
        var problems = assessment.Items.Where(i => i.Error is not null).Select(i => string.Create(CultureInfo.InvariantCulture, $"item {i.Item}: {i.Error}")).ToList();
        var notes = assessment.Items.SelectMany(i => i.Notes.Select(n => string.Create(CultureInfo.InvariantCulture, $"item {i.Item}: {n}"))).ToList();
        var note = problems.Count > 0
            ? "Duties not fully determined: " + string.Join("; ", problems) + "."
            : string.Create(CultureInfo.InvariantCulture, $"Assessed on {acceptanceDate:yyyy-MM-dd}: {assessment.TotalDue:0.00} {assessment.Currency} to pay, {assessment.TotalSuspended:0.00} {assessment.Currency} to secure (suspensive procedure).");
        if (notes.Count > 0)
        {
            note += " " + string.Join("; ", notes) + ".";
        }

        var paidOrSecured = problems.Count == 0 && total == 0m;
        return ValueTask.FromResult(new DutyAssessment(true, lines, total, assessment.Currency, paidOrSecured, note, Determined: problems.Count == 0));
    }
}
