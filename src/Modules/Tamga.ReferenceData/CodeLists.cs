using System.Collections.Frozen;
using Microsoft.EntityFrameworkCore;
using Tamga.ReferenceData.Contracts;
using Tamga.ReferenceData.Data;

namespace Tamga.ReferenceData;

/// <summary>The code lists in memory, refreshed after each load: look-ups on the declaration path never touch the database.</summary>
internal sealed class CodeLists : ICodeLists
{
    private volatile FrozenDictionary<string, FrozenDictionary<string, CodeEntry>> _lists =
        FrozenDictionary<string, FrozenDictionary<string, CodeEntry>>.Empty;

    // The same codes in code order, made once per load: listing a code list does not sort it again.
    private volatile FrozenDictionary<string, CodeEntry[]> _ordered = FrozenDictionary<string, CodeEntry[]>.Empty;

    public bool Contains(string list, string code) => _lists.TryGetValue(list, out var codes) && codes.ContainsKey(code);

    public CodeEntry? Find(string list, string code) => _lists.TryGetValue(list, out var codes) ? codes.GetValueOrDefault(code) : null;

    public IReadOnlyList<CodeEntry> Entries(string list) => _ordered.TryGetValue(list, out var codes) ? codes : [];

    public IReadOnlyCollection<string> ListNames => _lists.Keys;

    public async Task ReloadAsync(ReferenceDataDbContext db, CancellationToken cancellationToken)
    {
        var entries = await db.Entries.AsNoTracking().Where(e => e.WithdrawnAt == null).ToListAsync(cancellationToken);
        _lists = entries
            .GroupBy(e => e.List, StringComparer.Ordinal)
            .ToFrozenDictionary(
                g => g.Key,
                g => g.ToFrozenDictionary(e => e.Code, e => new CodeEntry(e.List, e.Code, e.Description, e.DescriptionFr, e.DescriptionRu, e.Parent, e.Level), StringComparer.Ordinal),
                StringComparer.Ordinal);
        _ordered = _lists.ToFrozenDictionary(l => l.Key, l => l.Value.Values.OrderBy(e => e.Code, StringComparer.Ordinal).ToArray(), StringComparer.Ordinal);
    }
}
