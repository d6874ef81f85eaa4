namespace Tamga.Declarations.Tests.TestSupport;

/// <summary>The data files the tests read, through the platform's CSV reader.</summary>
internal static class Csv
{
    public static IEnumerable<IReadOnlyDictionary<string, string>> Rows(string path)
    {
        using var reader = new StreamReader(path);
        foreach (var (_, row) in Tamga.Platform.Text.Csv.ReadWithHeader(reader))
        {
            yield return row;
        }
    }
}
