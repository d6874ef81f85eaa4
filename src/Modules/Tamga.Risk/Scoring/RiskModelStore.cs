using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

using Tamga.Platform;

namespace Tamga.Risk.Scoring;

/// <summary>
/// The scoring model in use: the newest model file of the model directory, loaded once. A file that fails to
/// load is reported and skipped; selectivity then runs on the rules and says so.
/// </summary>
internal sealed class RiskModelStore(IOptions<RiskOptions> options, IOptions<TamgaOptions> tamga, ILogger<RiskModelStore> logger)
{
    private readonly Lock gate = new();
    private bool loaded;
    private RiskModel? current;

    /// <summary>Why no model is in use, when none is.</summary>
    public string? Problem { get; private set; }

    public string Directory => Path.IsPathRooted(options.Value.ModelDirectory)
        ? options.Value.ModelDirectory
        : Path.Combine(tamga.Value.FullDataDirectory, options.Value.ModelDirectory);

    public RiskModel? Current
    {
        get
        {
            if (!loaded)
            {
                lock (gate)
                {
                    if (!loaded)
                    {
                        current = LoadNewest();
                        loaded = true;
                    }
                }
            }

            return current;
        }
    }

    /// <summary>Forgets the model in use: the next assessment loads the newest file again.</summary>
    public void Reload()
    {
        lock (gate)
        {
            loaded = false;
            current = null;
        }
    }

    /// <summary>The version of the newest model file in the directory, without loading it; null when there is none.</summary>
    public string? NewestVersion()
    {
        if (!System.IO.Directory.Exists(Directory))
        {
            return null;
        }

        var newest = System.IO.Directory.EnumerateFiles(Directory, "risk-*" + RiskModel.FileExtension).Select(Path.GetFileName).Max(StringComparer.Ordinal);
        return newest?["risk-".Length..^RiskModel.FileExtension.Length];
    }

    private RiskModel? LoadNewest()
    {
        Problem = null;
        if (!System.IO.Directory.Exists(Directory))
        {
            Problem = "no scoring model installed";
            return null;
        }

        foreach (var file in System.IO.Directory.EnumerateFiles(Directory, "*" + RiskModel.FileExtension).Order(StringComparer.Ordinal).Reverse())
        {
            try
            {
                var model = RiskModel.Load(file);
                logger.LogInformation("Risk model {Version} loaded from {File}", model.Version, Path.GetFileName(file));
                return model;
            }
            catch (Exception e)
            {
                // Whatever is wrong with the file, selectivity must still decide: log it and fall back.
                logger.LogError(e, "Risk model {File} could not be loaded; trying an older one", Path.GetFileName(file));
                Problem = $"scoring model {Path.GetFileName(file)} failed to load";
            }
        }

        Problem ??= "no scoring model installed";
        return null;
    }
}