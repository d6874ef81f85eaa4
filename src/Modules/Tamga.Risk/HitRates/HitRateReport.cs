using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Tamga.Declarations.Contracts;
using Tamga.Platform.Text;
using Tamga.Risk.Data;

namespace Tamga.Risk.HitRates;

/// <summary>One profile: declarations it hit, controls done on them, irregularities found; hit rate = irregularities / controls.</summary>
internal sealed record ProfileHitRate(string Profile, string Name, int Hit, int Controlled, int Irregularities)
{
    public double? HitRate => Controlled == 0 ? null : (double)Irregularities / Controlled;
}

/// <summary>One office: declarations assessed per channel, the inspection rate (yellow + red) and what controls found.</summary>
internal sealed record OfficeRates(string Office, int Green, int Yellow, int Red, int Controlled, int Irregularities)
{
    public int Assessed => Green + Yellow + Red;

    public double Rate(Channel channel) => Assessed == 0 ? 0 : (channel switch { Channel.Green => Green, Channel.Yellow => Yellow, _ => Red }) / (double)Assessed;

    public double InspectionRate => Assessed == 0 ? 0 : (Yellow + Red) / (double)Assessed;

    public double? HitRate => Controlled == 0 ? null : (double)Irregularities / Controlled;
}

internal sealed record HitRateFigures(IReadOnlyList<ProfileHitRate> Profiles, IReadOnlyList<OfficeRates> Offices);

/// <summary>
/// Hit rates per profile and inspection rates per office, from the latest assessment of each declaration
/// (<c>rsk_assessments</c>) and the control results recorded by officers (<c>rsk_control_results</c>).
/// </summary>
internal sealed class HitRateReport(RiskDbContext db)
{
    public async Task<HitRateFigures> BuildAsync(CancellationToken cancellationToken)
    {
        var controls = (await db.ControlResults.AsNoTracking().Select(r => new { r.DeclarationId, r.Irregularity }).ToListAsync(cancellationToken))
            .GroupBy(r => r.DeclarationId)
            .ToDictionary(g => g.Key, g => g.Any(r => r.Irregularity));
        var hits = await db.Assessments.AsNoTracking().Where(a => a.Profiles != "").Select(a => new { a.DeclarationId, a.Profiles }).ToListAsync(cancellationToken);
        var names = (await db.Profiles.AsNoTracking().OrderBy(p => p.Version).Select(p => new { p.Number, p.Name }).ToListAsync(cancellationToken))
            .GroupBy(p => p.Number).ToDictionary(g => g.Key, g => g.Last().Name, StringComparer.Ordinal);
        var profiles = hits
            .SelectMany(h => h.Profiles.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(p => (Profile: p, h.DeclarationId)))
            .GroupBy(h => h.Profile, StringComparer.Ordinal)
            .Select(g => new ProfileHitRate(
                g.Key,
                names.GetValueOrDefault(g.Key, ""),
                g.Count(),
                g.Count(h => controls.ContainsKey(h.DeclarationId)),
                g.Count(h => controls.GetValueOrDefault(h.DeclarationId))))
            .OrderBy(p => p.Profile, StringComparer.Ordinal)
            .ToList();

        var channels = await db.Assessments.AsNoTracking().GroupBy(a => new { a.Office, a.Channel })
            .Select(g => new { g.Key.Office, g.Key.Channel, Count = g.Count() }).ToListAsync(cancellationToken);
        var offices = (await db.Assessments.AsNoTracking().Select(a => new { a.DeclarationId, a.Office }).ToListAsync(cancellationToken))
            .Where(a => controls.ContainsKey(a.DeclarationId))
            .GroupBy(a => a.Office, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (Controlled: g.Count(), Irregularities: g.Count(a => controls[a.DeclarationId])), StringComparer.Ordinal);
        var rates = channels.GroupBy(c => c.Office, StringComparer.Ordinal)
            .Select(g => new OfficeRates(
                g.Key.Length == 0 ? "—" : g.Key,
                g.Where(c => c.Channel == Channel.Green).Sum(c => c.Count),
                g.Where(c => c.Channel == Channel.Yellow).Sum(c => c.Count),
                g.Where(c => c.Channel == Channel.Red).Sum(c => c.Count),
                offices.GetValueOrDefault(g.Key).Controlled,
                offices.GetValueOrDefault(g.Key).Irregularities))
            .OrderBy(o => o.Office, StringComparer.Ordinal)
            .ToList();
        return new HitRateFigures(profiles, rates);
    }

    /// <summary>The report as CSV: one section per table, a header row each.</summary>
    public static string Csv(HitRateFigures rates)
    {
        var text = new StringBuilder();
        text.AppendLine(Tamga.Platform.Text.Csv.Line(["section", "profile or office", "name", "declarations hit or assessed", "controls", "irregularities", "hit rate", "green", "yellow", "red", "inspection rate"]));
        foreach (var p in rates.Profiles)
        {
            text.AppendLine(Tamga.Platform.Text.Csv.Line(["profile", p.Profile, p.Name, Int(p.Hit), Int(p.Controlled), Int(p.Irregularities), Share(p.HitRate), "", "", "", ""]));
        }

        foreach (var o in rates.Offices)
        {
            text.AppendLine(Tamga.Platform.Text.Csv.Line(["office", o.Office, "", Int(o.Assessed), Int(o.Controlled), Int(o.Irregularities), Share(o.HitRate), Int(o.Green), Int(o.Yellow), Int(o.Red), Share(o.InspectionRate)]));
        }

        return text.ToString();
    }

    private static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Share(double? value) => value is { } v ? v.ToString("0.0000", CultureInfo.InvariantCulture) : "";
}
