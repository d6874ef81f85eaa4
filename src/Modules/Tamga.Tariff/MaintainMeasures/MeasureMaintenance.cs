using System.Globalization;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Tamga.Kernel.Errors;
using Tamga.Platform.Audit;
using Tamga.Platform.Security;
using Tamga.Tariff.ApplyForRuling;
using Tamga.Tariff.Catalogue;
using Tamga.Tariff.Data;
using Tamga.Tariff.Domain;
using Tamga.Tariff.DutyExpressions;

namespace Tamga.Tariff.MaintainMeasures;

/// <summary>An officer's new measure on a national line. <c>ReplacesCurrent</c> ends the measures of the same type and origin open on the start day, the day before.</summary>
public sealed record NewMeasure(string? GoodsCode, string? MeasureType, string? Origin, string? Expression, string? ValidFrom, string? ValidTo, string? LegalBase, string? Footnote, bool ReplacesCurrent = false);

/// <summary>The last day a measure applies.</summary>
public sealed record MeasureEnd(string? ValidTo);

/// <summary>A measure as officers maintain it.</summary>
public sealed record MaintainedMeasure(long Id, string GoodsCode, string MeasureType, string MeasureTypeName, string Origin, string? Expression, string ParseStatus,
    DateOnly ValidFrom, DateOnly? ValidTo, string LegalBase, string? Footnote, string Source, bool Scheduled);

/// <summary>
/// Officers maintain the national tariff's measures: add a measure to a line with its dates (a start after today
/// publishes it ahead of its effect: look-ups show it as published to start later), end a measure, or schedule a
/// change (a new measure that replaces the current one from its start day). Each change is audited in the same
/// transaction, then the catalogue is rebuilt, so that look-ups and the compiled measure table that Revenue
/// calculates with (<c>IMeasuresInForce</c>) use it at once.
/// </summary>
internal sealed class MeasureMaintenance(TariffDbContext db, TariffCatalogue catalogue, TimeProvider clock)
{
    /// <summary>The types officers may maintain here: duties, suspensions, quotas, preferences, VAT, excise, anti-dumping.</summary>
    public static readonly IReadOnlyList<string> Types =
    [
        MeasureTypes.ThirdCountryDuty, MeasureTypes.AutonomousSuspension, MeasureTypes.NonPreferentialQuota, MeasureTypes.TariffPreference,
        MeasureTypes.PreferentialQuota, MeasureTypes.ValueAddedTax, MeasureTypes.Excise, MeasureTypes.AntiDumpingDuty,
    ];

    public const string SourcePrefix = "officer:";

    // Measure ids are the highest plus one (as the loader numbers them): one change at a time.
    private static readonly SemaphoreSlim Gate = new(1, 1);

    public async Task<IReadOnlyList<MaintainedMeasure>> ListAsync(string? goodsCode, CancellationToken cancellationToken)
    {
        var today = Today();
        var query = db.Measures.AsNoTracking().Where(m => m.Source.StartsWith(SourcePrefix));
        if (!string.IsNullOrEmpty(goodsCode))
        {
            query = db.Measures.AsNoTracking().Where(m => m.GoodsCode == goodsCode);
        }

        var measures = await query.OrderByDescending(m => m.Id).Take(200).ToListAsync(cancellationToken);
        return measures.Select(m => View(m, today)).ToList();
    }

    public async Task<RulingOutcome<MaintainedMeasure>> AddAsync(NewMeasure request, ClaimsPrincipal officer, CancellationToken cancellationToken)
    {
        var errors = new List<RuleViolation>();
        var snapshot = catalogue.Current;
        var code = request.GoodsCode?.Trim() ?? "";
        if (code.Length == 0)
        {
            errors.Add(new("goodsCode", "REQUIRED", "Give the national line (8 or 10 digits)."));
        }
        else if (!code.All(char.IsAsciiDigit) || code.Length is not (8 or 10))
        {
            errors.Add(new("goodsCode", "CODE-LENGTH", "A national line has 8 or 10 digits."));
        }
        else if (!snapshot.Lines.ContainsKey(code))
        {
            errors.Add(new("goodsCode", "CODE-UNKNOWN", $"{code} is not a line of the national tariff."));
        }

        var type = request.MeasureType?.Trim() ?? "";
        if (!Types.Contains(type))
        {
            errors.Add(new("measureType", "MEASURE-TYPE", "The measure type must be one of " + string.Join(", ", Types) + "."));
        }

        var origin = string.IsNullOrWhiteSpace(request.Origin) ? Measure.AnyOrigin : request.Origin.Trim().ToUpperInvariant();
        if (!(origin == Measure.AnyOrigin || (origin.Length == 2 && origin.All(char.IsAsciiLetterUpper))))
        {
            errors.Add(new("origin", "ORIGIN", "The origin is 1011 (any country) or a two-letter country code."));
        }

        var expression = request.Expression?.Trim() ?? "";
        ParsedDuty? parsed = null;
        if (expression.Length is 0 or > 200)
        {
            errors.Add(new("expression", expression.Length == 0 ? "REQUIRED" : "TEXT-LENGTH", "Give the duty expression as published (at most 200 characters), e.g. 12.00% + 147.00 GBP/100kg."));
        }
        else
        {
            parsed = DutyExpressionParser.Parse(expression);
            if (parsed.Status == ParseStatus.Unparsed || parsed.Alternatives.Count != 1)
            {
                errors.Add(new("expression", "EXPRESSION", "The duty expression cannot be read: " + (parsed.Note ?? "a seasonal expression is maintained one season at a time.")));
            }
        }

        var from = Date(request.ValidFrom, "validFrom", errors, required: true);
        var to = Date(request.ValidTo, "validTo", errors, required: false);
        if (from is { } f && to is { } t && t < f)
        {
            errors.Add(new("validTo", "DATE-ORDER", "The end date is before the start date."));
        }

        var legalBase = request.LegalBase?.Trim() ?? "";
        if (legalBase.Length is < 5 or > 500)
        {
            errors.Add(new("legalBase", legalBase.Length == 0 ? "REQUIRED" : "TEXT-LENGTH", "Give the legal base of the measure (5 to 500 characters)."));
        }

        var footnote = request.Footnote?.Trim();
        if (footnote is { Length: > 1000 })
        {
            errors.Add(new("footnote", "TEXT-LENGTH", "The footnote has at most 1,000 characters."));
        }

        if (errors.Count > 0)
        {
            return RulingOutcome<MaintainedMeasure>.Invalid(errors);
        }

        await Gate.WaitAsync(cancellationToken);
        try
        {
            var now = clock.GetUtcNow();
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var ended = new List<Measure>();
            if (request.ReplacesCurrent)
            {
                var start = from!.Value;
                ended = await db.Measures.Where(m => m.NomenclatureId == NomenclatureVersion.UkTariff && m.GoodsCode == code && m.MeasureType == type
                        && m.OriginArea == origin && m.PendingUntil == null && (m.ValidTo == null || m.ValidTo >= start))
                    .ToListAsync(cancellationToken);
                ended = ended.Where(m => m.ValidFrom < start).ToList();
                foreach (var measure in ended)
                {
                    var before = Snapshot(measure);
                    measure.ValidTo = start.AddDays(-1);
                    db.Audit(new AuditEntry(Stream(measure.Id), officer.Actor(), "measure.ended", now, before, Snapshot(measure),
                        Invariant($"Measure {measure.Id} on {measure.GoodsCode} ends on {measure.ValidTo:yyyy-MM-dd}, replaced from {start:yyyy-MM-dd}")));
                }
            }

            var id = (await db.Measures.MaxAsync(m => (long?)m.Id, cancellationToken) ?? 0) + 1;
            var parts = parsed!.Alternatives[0].Parts;
            var added = new Measure
            {
                Id = id,
                NomenclatureId = NomenclatureVersion.UkTariff,
                GoodsCode = code,
                MeasureType = type,
                OriginArea = origin,
                ValidFrom = from!.Value,
                ValidTo = to,
                Expression = expression,
                ParseStatus = parsed.Status,
                ParseNote = parsed.Note,
                LegalBase = legalBase,
                Footnote = string.IsNullOrEmpty(footnote) ? null : footnote,
                Source = SourcePrefix + officer.Actor(),
                Components = parts.Select((p, i) => new MeasureComponent
                {
                    MeasureId = id, Sequence = i + 1, Clause = p.Clause, Kind = p.Kind, Rate = p.Rate, Currency = p.Currency, Unit = p.Unit, Qualifier = p.Qualifier,
                }).ToList(),
            };
            db.Measures.Add(added);
            db.Audit(new AuditEntry(Stream(id), officer.Actor(), "measure.added", now, null, Snapshot(added),
                Invariant($"Measure {id} ({MeasureTypes.Describe(type)}) on {code}: {expression} from {added.ValidFrom:yyyy-MM-dd}{(to is null ? "" : $" to {to:yyyy-MM-dd}")}")));
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            await catalogue.ReloadAsync(db, cancellationToken);
            return RulingOutcome<MaintainedMeasure>.Ok(View(added, Today()));
        }
        finally
        {
            Gate.Release();
        }
    }

    public async Task<RulingOutcome<MaintainedMeasure>> EndAsync(long id, MeasureEnd request, ClaimsPrincipal officer, CancellationToken cancellationToken)
    {
        var errors = new List<RuleViolation>();
        var to = Date(request.ValidTo, "validTo", errors, required: true);
        if (errors.Count > 0)
        {
            return RulingOutcome<MaintainedMeasure>.Invalid(errors);
        }

        await Gate.WaitAsync(cancellationToken);
        try
        {
            var measure = await db.Measures.FirstOrDefaultAsync(m => m.Id == id, cancellationToken);
            if (measure is null)
            {
                return RulingOutcome<MaintainedMeasure>.NotFound();
            }

            if (to < measure.ValidFrom.AddDays(-1))
            {
                return RulingOutcome<MaintainedMeasure>.Invalid([new("validTo", "DATE-ORDER", Invariant($"The measure starts on {measure.ValidFrom:yyyy-MM-dd}; it can end on the day before at the earliest (it then never applies)."))]);
            }

            if (measure.ValidTo is { } current && current <= to)
            {
                return RulingOutcome<MaintainedMeasure>.Conflict("validTo", "MEASURE-ENDED", Invariant($"The measure already ends on {current:yyyy-MM-dd}."));
            }

            var now = clock.GetUtcNow();
            var before = Snapshot(measure);
            measure.ValidTo = to;
            db.Audit(new AuditEntry(Stream(measure.Id), officer.Actor(), "measure.ended", now, before, Snapshot(measure),
                Invariant($"Measure {measure.Id} on {measure.GoodsCode} ends on {to:yyyy-MM-dd}")));
            await db.SaveChangesAsync(cancellationToken);
            await catalogue.ReloadAsync(db, cancellationToken);
            return RulingOutcome<MaintainedMeasure>.Ok(View(measure, Today()));
        }
        finally
        {
            Gate.Release();
        }
    }

    public static string Stream(long id) => "tariff/measure/" + id.ToString(CultureInfo.InvariantCulture);

    private DateOnly Today() => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    private static MaintainedMeasure View(Measure m, DateOnly today) => new(m.Id, m.GoodsCode, m.MeasureType, MeasureTypes.Describe(m.MeasureType), m.OriginArea, m.Expression,
        m.ParseStatus.ToString(), m.ValidFrom, m.ValidTo, m.LegalBase, m.Footnote, m.Source, m.ValidFrom > today);

    private static object Snapshot(Measure m) => new { m.Id, m.GoodsCode, m.MeasureType, m.OriginArea, m.Expression, m.ValidFrom, m.ValidTo, m.LegalBase, m.Source };

    private static DateOnly? Date(string? text, string field, List<RuleViolation> errors, bool required)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            if (required)
            {
                errors.Add(new(field, "REQUIRED", "Give the date as YYYY-MM-DD."));
            }

            return null;
        }

        if (!DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) || date.Year is < 1990 or > 2100)
        {
            errors.Add(new(field, "DATE", "A real calendar date YYYY-MM-DD between 1990 and 2100."));
            return null;
        }

        return date;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
