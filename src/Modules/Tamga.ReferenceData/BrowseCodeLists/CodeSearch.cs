using Tamga.ReferenceData.Contracts;

namespace Tamga.ReferenceData.BrowseCodeLists;

/// <summary>One code list and how many codes it holds.</summary>
public sealed record CodeListSummary(string Name, int Codes);

/// <summary>Finding codes in the lists, for the API and the code lists page alike.</summary>
internal sealed class CodeSearch(CodeLists lists)
{
    public const int MaxQueryLength = 200;

    public IReadOnlyList<CodeListSummary> Lists() =>
        lists.ListNames.Order(StringComparer.Ordinal).Select(n => new CodeListSummary(n, lists.Entries(n).Count)).ToList();

    public bool Exists(string list) => lists.ListNames.Contains(list);

    /// <summary>
    /// The codes of <paramref name="list"/> whose code starts with <paramref name="query"/> or whose description in
    /// <paramref name="language"/> contains it (case-insensitive); every code when the query is empty.
    /// </summary>
    public IReadOnlyList<CodeEntry> Find(string list, string? query, string language)
    {
        var entries = lists.Entries(list);
        if (string.IsNullOrWhiteSpace(query))
        {
            return entries;
        }

        var q = query.Trim();
        return entries
            .Where(e => e.Code.StartsWith(q, StringComparison.OrdinalIgnoreCase)
                || e.Describe(language).Contains(q, StringComparison.CurrentCultureIgnoreCase))
            .ToList();
    }
}
