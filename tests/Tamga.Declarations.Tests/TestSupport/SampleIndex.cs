using System.Text.Json;

namespace Tamga.Declarations.Tests.TestSupport;

/// <summary>One declaration file of the samples, as described by <c>index.json</c> and <c>validation.csv</c>.</summary>
internal sealed record SampleDeclaration(string File, string Role, bool WellFormed, bool Valid, JsonElement Entry)
{
    public string FunctionCode => Entry.GetProperty("function_code").GetString()!;

    public string TypeCode => Entry.GetProperty("type_code").GetString()!;

    public byte[] ReadBytes() => System.IO.File.ReadAllBytes(RepositoryPaths.Sample(File));
}

/// <summary>The sample declarations and the theory data built from them.</summary>
internal static class SampleIndex
{
    private static readonly Lazy<IReadOnlyDictionary<string, SampleDeclaration>> Loaded = new(Load);

    public static IReadOnlyDictionary<string, SampleDeclaration> Declarations => Loaded.Value;

    public static SampleDeclaration Get(string file) => Declarations[file];

    /// <summary>Every declaration file validation.csv says is valid (declarations, amendments and the cancellation).</summary>
    public static TheoryData<string> ValidFiles() => Data(static d => d.Valid);

    /// <summary>The valid original declarations (function code 9).</summary>
    public static TheoryData<string> ValidOriginalFiles() => Data(static d => d.Valid && d.Role == "declaration");

    public static TheoryData<string> WellFormedFiles() => Data(static d => d.WellFormed);

    private static TheoryData<string> Data(Func<SampleDeclaration, bool> filter)
    {
        var data = new TheoryData<string>();
        foreach (var declaration in Declarations.Values.Where(filter).OrderBy(static d => d.File, StringComparer.Ordinal))
        {
            data.Add(declaration.File);
        }

        return data;
    }

    private static Dictionary<string, SampleDeclaration> Load()
    {
        var validation = Csv.Rows(Path.Combine(RepositoryPaths.WcoDms, "validation.csv"))
            .ToDictionary(static row => row["file"], StringComparer.Ordinal);
        using var index = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(RepositoryPaths.WcoDms, "index.json")));
        var declarations = new Dictionary<string, SampleDeclaration>(StringComparer.Ordinal);
        foreach (var scenario in index.RootElement.GetProperty("scenarios").EnumerateArray())
        {
            foreach (var entry in scenario.GetProperty("declarations").EnumerateArray())
            {
                var file = entry.GetProperty("file").GetString()!;
                var row = validation[file];
                declarations[file] = new SampleDeclaration(
                    file,
                    entry.GetProperty("role").GetString()!,
                    row["well_formed"] == "True",
                    row["valid"] == "True",
                    entry.Clone());
            }
        }

        return declarations;
    }
}
