using Tamga.Declarations.Contracts;
using Tamga.Platform.Outbox;
using Tamga.Risk.Contracts;
using Tamga.Risk.Data;
using Tamga.Risk.Parties;
using Tamga.Risk.Selectivity;

namespace Tamga.Risk.Feedback;

/// <summary>Keeps each control result as labelled goods items (idempotent by event id).</summary>
internal sealed class RecordControlResult(RiskDbContext db, PartyRegistry parties, TimeProvider clock) : IIntegrationEventHandler<ControlResultRecorded>
{
    private const string Consumer = "risk.control-results";

    public async Task HandleAsync(ControlResultRecorded result, CancellationToken cancellationToken)
    {
        if (await db.AlreadyHandledAsync(result.EventId, Consumer, cancellationToken))
        {
            return;
        }

        var date = DateOnly.FromDateTime(result.OccurredAt.UtcDateTime);
        foreach (var item in DeclarationRecords.Of(result.Declaration, date).Zip(result.Declaration.Items))
        {
            var record = item.First;
            db.ControlResults.Add(new ControlResult
            {
                DeclarationId = result.DeclarationId,
                Item = item.Second.Sequence,
                Mrn = result.Mrn,
                RecordedAt = result.OccurredAt,
                Officer = result.Officer,
                Irregularity = result.Irregularity,
                RevenueRaised = result.RevenueRaised,
                Office = record.Office,
                DeclarationType = record.ImportType,
                ProcedureCode = record.ImportUse,
                TransportMode = record.TransportMode,
                Declarant = record.Declarant,
                Importer = record.Importer,
                Seller = record.Seller,
                CommodityCode = record.CommodityCode,
                DispatchCountry = record.DepartureCountry,
                OriginCountry = record.OriginCountry,
                Preference = record.TaxType,
                NetMassKg = item.Second.NetMassKg,
                ItemValue = double.IsNaN(record.ItemValue) ? null : (decimal)record.ItemValue,
            });
        }

        db.MarkHandled(result.EventId, Consumer, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);

        // The compliance history of every party of the declaration (the registry writes it behind).
        parties.RecordControl(result.Declaration, result.Irregularity, result.RevenueRaised, result.OccurredAt);

        // New information on these parties: their other open declarations are assessed again with it. Announced after
        // the history holds the finding, so that the re-assessment cannot run before it.
        if (result.Irregularity)
        {
            var named = new[] { result.Declaration.ImporterId, result.Declaration.DeclarantId, result.Declaration.RepresentativeId, result.Declaration.ExporterId }
                .OfType<string>().Where(p => p.Length > 0).Distinct(StringComparer.Ordinal).ToList();
            if (named.Count > 0)
            {
                var numbers = string.Join(", ", parties.Observe(result.Declaration).Select(p => p.Number).Distinct(StringComparer.Ordinal));
                db.Publish(new RiskCriteriaChanged($"new information on party {string.Join(", ", named)} ({numbers}): irregularity found in the control of {result.Mrn ?? result.Declaration.Lrn}") { OccurredAt = result.OccurredAt, Parties = named });
                await db.SaveChangesAsync(cancellationToken);
            }
        }
    }
}
