using Tamga.Tariff.Catalogue;
using Tamga.Tariff.Domain;

namespace Tamga.Tariff.BrowseTariff;

/// <summary>Where an HS 2022 entry sits: its section, chapter, heading and subheading, outermost first.</summary>
internal static class TariffTrail
{
    public static IReadOnlyList<HsEntry> Of(TariffSnapshot snapshot, string code)
    {
        var trail = new List<HsEntry>();
        var current = code;
        while (current is not null && snapshot.Hs.TryGetValue(current, out var entry) && trail.Count < 5)
        {
            trail.Insert(0, entry);
            current = entry.Parent;
        }

        return trail;
    }

    /// <summary>The kind of an entry by the length of its code (a Roman numeral is a section).</summary>
    public static string KindOf(string code) =>
        code.Length > 0 && code.All(char.IsAsciiDigit) ? SearchTariff.TariffSearch.KindOf(code.Length) : "section";
}
