namespace Tamga.ReferenceData.Contracts;

/// <summary>Names of the code lists Tamga ships; administrations add codes to them or add lists of their own.</summary>
public static class CodeListNames
{
    public const string Countries = "country";
    public const string Currencies = "currency";
    public const string HsSections = "hs2022-section";
    public const string Hs2022 = "hs2022";
    public const string LocodeFunctions = "unlocode-function";
    public const string LocodeStatus = "unlocode-status";
    public const string LocodeSubdivisions = "unlocode-subdivision";
}

/// <summary>One code of a list with its descriptions (English, and French and Russian where the data has them).</summary>
public sealed record CodeEntry(string List, string Code, string Description, string? DescriptionFr, string? DescriptionRu, string? Parent, int? Level)
{
    public string Describe(string language) => language switch
    {
        "fr" => DescriptionFr ?? Description,
        "ru" => DescriptionRu ?? Description,
        _ => Description,
    };
}

/// <summary>Read access to the code lists, for other modules; answers from memory.</summary>
public interface ICodeLists
{
    bool Contains(string list, string code);

    CodeEntry? Find(string list, string code);

    IReadOnlyList<CodeEntry> Entries(string list);
}
