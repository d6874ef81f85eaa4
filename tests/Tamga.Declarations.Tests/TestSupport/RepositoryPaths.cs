namespace Tamga.Declarations.Tests.TestSupport;

/// <summary>Folders of the repository, found by walking up from the test output to the folder holding Tamga.sln.</summary>
internal static class RepositoryPaths
{
    private static readonly Lazy<string> RootFolder = new(FindRoot);

    public static string Root => RootFolder.Value;

    /// <summary><c>tests/data/wco-dms</c>: the HMRC DEC-DMS samples with their index.</summary>
    public static string WcoDms => Path.Combine(Root, "tests", "data", "wco-dms");

    public static string Samples => Path.Combine(WcoDms, "samples");

    /// <summary><c>src/Modules/Tamga.ReferenceData/Sources</c>: the reference data the code lists come from.</summary>
    public static string ReferenceSources => Path.Combine(Root, "src", "Modules", "Tamga.ReferenceData", "Sources");

    /// <summary>The hostile inputs copied next to the test assembly.</summary>
    public static string Hostile => Path.Combine(AppContext.BaseDirectory, "Hostile");

    public static string Sample(string relativePath) => Path.Combine(Samples, relativePath.Replace('/', Path.DirectorySeparatorChar));

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Tamga.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"No folder above '{AppContext.BaseDirectory}' holds Tamga.sln.");
    }
}
