using System.Globalization;
using Tamga.Tariff.Catalogue;
using Tamga.Tariff.Domain;
using Tamga.Tariff.SearchTariff;

namespace Tamga.Tariff.LookUpCommodity;

/// <summary>A commodity code on a date: the national line (or HS entry), its HS 2022 link, and every measure in force that day.</summary>
internal sealed class CommodityLookup(TariffCatalogue catalogue)
{
    /// <summary>True when the code is a national line (a 10-digit code through its 8 digits) or an HS 2022 entry, whatever the date.</summary>
    public bool Exists(string code)
    {
        var snapshot = catalogue.Current;
        return code.Length >= 8 ? snapshot.FindLine(code) is not null : snapshot.Hs.ContainsKey(code);
    }

    public CommodityView? Find(string code, DateOnly date, out string? notFound)
    {
        var snapshot = catalogue.Current;
        notFound = null;
        if (code.Length >= 8)
        {
            var line = snapshot.FindLine(code);
            if (line is null)
            {
                notFound = $"No tariff line {code}.";
                return null;
            }

            if (!snapshot.InForce(line.VersionId, date))
            {
                notFound = $"The tariff holding {line.Code} is not in force on {Iso(date)}.";
                return null;
            }

            var version = snapshot.Versions[line.VersionId];
            return new CommodityView(
                line.Code,
                code,
                line.Code == code ? "exact" : "first 8 digits (the tariff does not split this code)",
                SearchTariff.TariffSearch.KindOf(line.Code.Length),
                line.Description,
                date,
                Nomenclature(version),
                line.Hs2022Subheading is { } sub ? HsLink(snapshot, sub) : null,
                line.Hs2022Subheading is null ? $"HS 2022 has no subheading {line.Code[..6]}: the line is on the {version.Basis} basis and its subheading changed." : null,
                new LineFlags(line.ChangeNote, line.TradeRemedyApplies, line.SuspensionApplies, line.QuotaApplies, line.CetUntilTradeRemedyReview),
                snapshot.MeasuresOn(line, date).Select(View).ToList(),
                snapshot.UpcomingMeasures(line, date).Select(View).ToList(),
                []);
        }

        if (!snapshot.Hs.TryGetValue(code, out var entry))
        {
            notFound = $"No HS 2022 entry {code}.";
            return null;
        }

        if (!snapshot.InForce(entry.VersionId, date))
        {
            notFound = $"HS 2022 is not in force on {Iso(date)}; search the national tariff for that date.";
            return null;
        }

        var children = entry.Level < 6
            ? snapshot.ChildrenOf(entry.Code).Select(e => new CodeDescription(e.Code, e.Description)).ToList()
            : snapshot.LinesOf(entry.Code).Where(l => snapshot.InForce(l.VersionId, date)).Select(l => new CodeDescription(l.Code, l.Description)).ToList();
        return new CommodityView(
            entry.Code,
            code,
            "exact",
            SearchTariff.TariffSearch.KindOf(entry.Level),
            entry.Description,
            date,
            Nomenclature(snapshot.Versions[entry.VersionId]),
            HsLink(snapshot, entry.Code.Length == 6 ? entry.Code : null, entry.Code),
            null,
            null,
            [],
            [],
            children);
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static NomenclatureView Nomenclature(NomenclatureVersion version) =>
        new(version.Id, version.Name, version.Basis, version.EffectiveFrom, version.EffectiveTo);

    private static Hs2022Link HsLink(TariffSnapshot snapshot, string subheading) => HsLink(snapshot, subheading, subheading);

    private static Hs2022Link HsLink(TariffSnapshot snapshot, string? subheading, string code)
    {
        CodeDescription? Describe(string? c) => c is not null && snapshot.Hs.TryGetValue(c, out var e) ? new CodeDescription(e.Code, e.Description) : null;
        var chapter = code.Length >= 2 ? snapshot.Hs.GetValueOrDefault(code[..2]) : null;
        return new Hs2022Link(
            Describe(subheading),
            code.Length >= 4 ? Describe(code[..4]) : null,
            Describe(code[..2]),
            chapter?.Parent is { } section ? Describe(section) : null);
    }

    internal static CommodityMeasure View(Catalogue.MeasureView view)
    {
        var m = view.Measure;
        return new CommodityMeasure(
            m.Id,
            m.MeasureType,
            MeasureTypes.Describe(m.MeasureType),
            m.OriginArea,
            m.ValidFrom,
            m.ValidTo,
            view.Seasons.Count == 0 ? null : view.Seasons.Select(s => s.ToString()).ToList(),
            m.PendingUntil,
            m.Expression,
            m.ParseStatus.ToString(),
            m.ParseNote,
            m.Components.OrderBy(c => c.Sequence).Select(c => new CommodityMeasureComponent(
                c.Clause.ToString(),
                c.Kind.ToString(),
                c.Rate,
                c.Currency,
                c.Unit,
                c.Unit is null ? null : MeasurementUnits.Describe(c.Unit, c.Qualifier),
                c.Qualifier)).ToList(),
            m.Conditions.OrderBy(c => c.Sequence).Select(c => new CommodityMeasureCondition(c.ConditionCode, c.RequiredDocument, c.Agency, c.Action)).ToList(),
            m.LegalBase,
            m.Footnote,
            m.AgreementCode,
            m.QuotaOrderNumber);
    }
}

/// <summary>A commodity on a date. <c>measures</c> are in force that day; <c>upcoming</c> are published and start later or wait for an event.</summary>
public sealed record CommodityView(
    string Code,
    string RequestedCode,
    string MatchedOn,
    string Kind,
    string Description,
    DateOnly Date,
    NomenclatureView Nomenclature,
    Hs2022Link? Hs2022,
    string? Hs2022Note,
    LineFlags? Flags,
    IReadOnlyList<CommodityMeasure> Measures,
    IReadOnlyList<CommodityMeasure> Upcoming,
    IReadOnlyList<CodeDescription> Children);

public sealed record NomenclatureView(string Id, string Name, string Basis, DateOnly EffectiveFrom, DateOnly? EffectiveTo);

public sealed record Hs2022Link(CodeDescription? Subheading, CodeDescription? Heading, CodeDescription? Chapter, CodeDescription? Section);

public sealed record CodeDescription(string Code, string Description);

/// <summary>What the source says about the line: the change it made and which measures apply that the source does not detail.</summary>
public sealed record LineFlags(string? Change, bool TradeRemedyApplies, bool SuspensionApplies, bool QuotaApplies, bool CetUntilTradeRemedyReview);

public sealed record CommodityMeasure(
    long Id,
    string Type,
    string TypeDescription,
    string Origin,
    DateOnly ValidFrom,
    DateOnly? ValidTo,
    IReadOnlyList<string>? Seasons,
    string? PendingUntil,
    string? Expression,
    string ParseStatus,
    string? ParseNote,
    IReadOnlyList<CommodityMeasureComponent> Components,
    IReadOnlyList<CommodityMeasureCondition> Conditions,
    string LegalBase,
    string? Footnote,
    string? Agreement,
    string? QuotaOrderNumber);

public sealed record CommodityMeasureComponent(string Clause, string Kind, decimal? Rate, string? Currency, string? Unit, string? UnitDescription, string? Qualifier);

public sealed record CommodityMeasureCondition(string Condition, string? RequiredDocument, string? Agency, string Action);
