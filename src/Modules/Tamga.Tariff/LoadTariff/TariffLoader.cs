using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Tamga.Platform.Audit;
using Tamga.ReferenceData.Contracts;
using Tamga.Tariff.Catalogue;
using Tamga.Tariff.Data;
using Tamga.Tariff.Domain;
using Tamga.Tariff.DutyExpressions;

namespace Tamga.Tariff.LoadTariff;

/// <summary>
/// Loads the nomenclatures and the national tariff into the tariff tables: HS 2022 from the reference data's code
/// list, the UK tariff from its shipped file. Each source loads once per content (a changed source replaces what
/// it loaded before, in one transaction); then the in-memory catalogue is rebuilt.
/// </summary>
internal sealed class TariffLoader(TariffDbContext db, ICodeLists codeLists, TariffCatalogue catalogue, TimeProvider clock)
{
    private const string CetSource = "uk-tariff:cet_duty_rate";
    private const string UkgtSource = "uk-tariff:ukgt_duty_rate";
    private const string VatSource = "vat-act-1994";

    /// <summary>Loads what is not loaded yet, then rebuilds the in-memory catalogue; returns a line per step done, with its time.</summary>
    public async Task<IReadOnlyList<string>> LoadShippedAsync(CancellationToken cancellationToken)
    {
        var loaded = new List<string>();
        var watch = Stopwatch.StartNew();
        if (await LoadHs2022Async(cancellationToken) is { } hs)
        {
            loaded.Add(Invariant($"{hs} in {watch.ElapsedMilliseconds} ms"));
        }

        watch.Restart();
        if (await LoadUkTariffAsync(UkTariffSource.FilePath, cancellationToken) is { } uk)
        {
            loaded.Add(Invariant($"{uk} in {watch.ElapsedMilliseconds} ms"));
        }

        watch.Restart();
        await catalogue.ReloadAsync(db, cancellationToken);
        loaded.Add(Invariant($"catalogue and search index built in {watch.ElapsedMilliseconds} ms"));
        return loaded;
    }

    private async Task<string?> LoadHs2022Async(CancellationToken cancellationToken)
    {
        var sections = codeLists.Entries(CodeListNames.HsSections);
        var codes = codeLists.Entries(CodeListNames.Hs2022);
        if (codes.Count == 0)
        {
            throw new InvalidOperationException("The HS 2022 code list is empty: the reference-data module must load before the tariff module.");
        }

        var entries = sections.Select(s => new HsEntry { VersionId = NomenclatureVersion.Hs2022, Code = s.Code, Description = s.Description, Level = 1 })
            .Concat(codes.Select(c => new HsEntry
            {
                VersionId = NomenclatureVersion.Hs2022,
                Code = c.Code,
                Description = c.Description,
                Parent = c.Parent,
                Level = c.Level ?? c.Code.Length,
            }))
            .ToList();
        var hash = Hash(entries.OrderBy(e => e.Code, StringComparer.Ordinal).Select(e => $"{e.Code}\t{e.Description}\t{e.Parent}\t{e.Level}"));
        var version = await db.Versions.FindAsync([NomenclatureVersion.Hs2022], cancellationToken);
        if (version?.ContentHash == hash)
        {
            return null;
        }

        var now = clock.GetUtcNow();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (version is null)
        {
            version = new NomenclatureVersion
            {
                Id = NomenclatureVersion.Hs2022,
                Name = "Harmonized System 2022",
                Kind = NomenclatureKind.HarmonizedSystem,
                Basis = "HS 2022",
                Source = "",
                ContentHash = "",
            };
            db.Versions.Add(version);
        }
        else
        {
            await db.HsEntries.Where(e => e.VersionId == NomenclatureVersion.Hs2022).ExecuteDeleteAsync(cancellationToken);
        }

        // The sixth edition of the HS, in force from 1 January 2022 (WCO Council Recommendation of 28 June 2019).
        version.EffectiveFrom = new DateOnly(2022, 1, 1);
        version.Source = "reference-data code lists hs2022 and hs2022-section (WCO HS 2022, UN Comtrade extract)";
        version.ContentHash = hash;
        version.Entries = entries.Count;
        version.LoadedAt = now;
        var subheadings = entries.Count(e => e.Level == 6);
        db.Audit(new AuditEntry("tariff/nomenclature/hs2022", "system", "nomenclature.loaded", now, null, new { version.Id, Entries = entries.Count, Subheadings = subheadings, Hash = hash }, $"HS 2022: {entries.Count} entries"));
        await db.SaveChangesAsync(cancellationToken);
        await BulkInsert.InsertAsync(db, entries, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        db.ChangeTracker.Clear();
        return $"HS 2022: {entries.Count} entries ({subheadings} subheadings)";
    }

    /// <summary>Loads the UK tariff file unless this content is loaded already.</summary>
    public async Task<string?> LoadUkTariffAsync(string path, CancellationToken cancellationToken)
    {
        var hash = UkTariffSource.Hash(path);
        var version = await db.Versions.FindAsync([NomenclatureVersion.UkTariff], cancellationToken);
        if (version?.ContentHash == hash)
        {
            return null;
        }

        var (rows, errors) = UkTariffSource.Read(path);
        if (errors.Count > 0)
        {
            throw new InvalidDataException(string.Join(Environment.NewLine, errors));
        }

        var hs2022 = (await db.HsEntries.AsNoTracking()
                .Where(e => e.VersionId == NomenclatureVersion.Hs2022 && e.Level == 6)
                .Select(e => e.Code)
                .ToListAsync(cancellationToken))
            .ToHashSet(StringComparer.Ordinal);

        var now = clock.GetUtcNow();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (version is null)
        {
            version = new NomenclatureVersion
            {
                Id = NomenclatureVersion.UkTariff,
                Name = UkTariffSource.Name,
                Kind = NomenclatureKind.NationalTariff,
                Basis = "HS 2017",
                Source = "",
                ContentHash = "",
            };
            db.Versions.Add(version);
        }
        else
        {
            string[] sources = [CetSource, UkgtSource, VatSource];
            await db.Measures.Where(m => m.NomenclatureId == NomenclatureVersion.UkTariff && sources.Contains(m.Source))
                .ExecuteDeleteAsync(cancellationToken);
            await db.Lines.Where(l => l.VersionId == NomenclatureVersion.UkTariff).ExecuteDeleteAsync(cancellationToken);
        }

        version.EffectiveFrom = UkTariffSource.NomenclatureFrom;
        version.Source = UkTariffSource.Origin;
        version.ContentHash = hash;
        version.Entries = rows.Count;
        version.LoadedAt = now;

        var nextId = (await db.Measures.MaxAsync(m => (long?)m.Id, cancellationToken) ?? 0) + 1;
        var measures = new List<Measure>();
        var lines = new List<TariffLine>(rows.Count);
        var unmapped = 0;
        foreach (var row in rows)
        {
            var hs6 = row.Code[..6];
            var mapped = hs2022.Contains(hs6);
            unmapped += mapped ? 0 : 1;
            lines.Add(new TariffLine
            {
                VersionId = NomenclatureVersion.UkTariff,
                Code = row.Code,
                Description = row.Description,
                Hs2022Subheading = mapped ? hs6 : null,
                ChangeNote = row.Change.Length == 0 ? null : row.Change,
                TradeRemedyApplies = row.TradeRemedyApplies,
                CetUntilTradeRemedyReview = row.CetUntilTradeRemedyReview,
                SuspensionApplies = row.SuspensionApplies,
                QuotaApplies = row.QuotaApplies,
            });

            var cetFootnote = row.CetUntilTradeRemedyReview
                ? "The source states that this CET rate applies until the trade-remedy transition review of the goods concludes; the UK Global Tariff rate waits for that date."
                : null;
            measures.AddRange(DutyMeasures(ref nextId, row.Code, row.CetDutyRate, CetSource, UkTariffSource.CetFrom,
                row.CetUntilTradeRemedyReview ? null : UkTariffSource.CetTo, UkTariffSource.CetLegalBase, pendingUntil: null, cetFootnote));
            measures.AddRange(DutyMeasures(ref nextId, row.Code, row.UkgtDutyRate, UkgtSource, UkTariffSource.UkgtFrom, null,
                UkTariffSource.UkgtLegalBase, row.CetUntilTradeRemedyReview ? UkTariffSource.PendingTradeRemedyReview : null, footnote: null));
        }

        var vatId = nextId++;
        measures.Add(new Measure
        {
            Id = vatId,
            NomenclatureId = NomenclatureVersion.UkTariff,
            GoodsCode = "",
            MeasureType = MeasureTypes.ValueAddedTax,
            OriginArea = Measure.AnyOrigin,
            ValidFrom = UkTariffSource.VatStandardRateFrom,
            Expression = "20.00%",
            ParseStatus = ParseStatus.Parsed,
            LegalBase = UkTariffSource.VatLegalBase,
            Footnote = UkTariffSource.VatFootnote,
            Source = VatSource,
            Components = [new MeasureComponent { MeasureId = vatId, Sequence = 1, Clause = DutyClause.Duty, Kind = DutyKind.AdValorem, Rate = 20m }],
        });
        var unparsed = measures.Count(m => m.ParseStatus == ParseStatus.Unparsed);
        db.Audit(new AuditEntry("tariff/nomenclature/uk-tariff", "system", "nomenclature.loaded", now, null,
            new { version.Id, Lines = rows.Count, Measures = measures.Count, Unmapped = unmapped, Unparsed = unparsed, Hash = hash },
            $"UK tariff: {rows.Count} lines, {measures.Count} measures"));
        await db.SaveChangesAsync(cancellationToken);
        await BulkInsert.InsertAsync(db, lines, cancellationToken);
        await BulkInsert.InsertAsync(db, measures, cancellationToken);
        await BulkInsert.InsertAsync(db, measures.SelectMany(m => m.Components).ToList(), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        db.ChangeTracker.Clear();
        return $"UK tariff: {rows.Count} lines, {measures.Count} measures, {unmapped} lines not in HS 2022, {unparsed} duty expressions not parsed";
    }

    /// <summary>The measures of one duty expression: one per season (one when not seasonal); one unparsed measure keeping the text when it cannot be read.</summary>
    internal static IEnumerable<Measure> DutyMeasures(ref long nextId, string code, string expression, string source, DateOnly from, DateOnly? to,
        string legalBase, string? pendingUntil, string? footnote)
    {
        var parsed = DutyExpressionParser.Parse(expression);
        var result = new List<Measure>();
        if (parsed.Status == ParseStatus.Unparsed)
        {
            result.Add(NewMeasure(nextId++, null, []));
            return result;
        }

        foreach (var alternative in parsed.Alternatives)
        {
            result.Add(NewMeasure(nextId++, alternative.Seasons.Count == 0 ? null : SeasonWindow.Format(alternative.Seasons), alternative.Parts));
        }

        return result;

        Measure NewMeasure(long id, string? season, IReadOnlyList<DutyPart> parts) => new()
        {
            Id = id,
            NomenclatureId = NomenclatureVersion.UkTariff,
            GoodsCode = code,
            MeasureType = MeasureTypes.ThirdCountryDuty,
            OriginArea = Measure.AnyOrigin,
            ValidFrom = from,
            ValidTo = to,
            Season = season,
            PendingUntil = pendingUntil,
            Expression = expression.Trim(),
            ParseStatus = parsed.Status,
            ParseNote = parsed.Note,
            LegalBase = legalBase,
            Footnote = footnote,
            Source = source,
            Components = parts.Select((p, i) => new MeasureComponent
            {
                MeasureId = id,
                Sequence = i + 1,
                Clause = p.Clause,
                Kind = p.Kind,
                Rate = p.Rate,
                Currency = p.Currency,
                Unit = p.Unit,
                Qualifier = p.Qualifier,
            }).ToList(),
        };
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private static string Hash(IEnumerable<string> lines)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var line in lines)
        {
            sha.AppendData(Encoding.UTF8.GetBytes(line));
            sha.AppendData("\n"u8);
        }

        return Convert.ToHexStringLower(sha.GetHashAndReset());
    }
}
