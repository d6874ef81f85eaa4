using Tamga.Host.Tests.Infrastructure;

namespace Tamga.Host.Tests.Tariff;

/// <summary>The <c>tariff</c> verb of the built executable, from an empty folder.</summary>
public sealed class TariffCommandTests : IDisposable
{
    private readonly TestDatabase _database = new();

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task ClassifyEval_PrintsTheTopFiveFigure()
    {
        // One run: the first start loads the whole tariff, which takes a while on a busy machine.
        var samples = Path.Combine(Samples.Folder, "index.json");
        var (code, stdout, stderr) = await TamgaProcess.RunAsync(_database, "tariff", "classify-eval", "--samples", samples);
        Assert.True(code == 0, stderr);
        Assert.Matches(@"top-5 heading accuracy: \d+/\d+ goods items = \d+\.\d %", stdout);
        Assert.Contains("0 duty expressions not parsed", stderr, StringComparison.Ordinal);
    }
}
