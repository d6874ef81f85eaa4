using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Tamga.Declarations.Contracts;
using Tamga.Platform.Modules;
using Tamga.Revenue.Calculation;

namespace Tamga.Revenue.AssessCommand;

/// <summary>
/// The <c>assess</c> verb: <c>assess FILE...</c> reads WCO DEC-DMS declarations and prints one JSON object per file;
/// <c>assess --check DIR</c> compares the assessment with the DMSTAX lines of the WCO DEC-DMS samples.
/// </summary>
internal static class AssessCommand
{
    public static Command Create(CommandHost host)
    {
        var files = new Argument<string[]>("files") { Description = "WCO DEC-DMS declaration files", Arity = ArgumentArity.ZeroOrMore };
        var date = new Option<string?>("--date") { Description = "Date of acceptance, YYYY-MM-DD (default: today; with --check, the date of each sample's tax notification)" };
        var check = new Option<string?>("--check") { Description = "A WCO DEC-DMS samples folder (index.json, expected-tax.csv): report matched and not matched lines with the reason for each miss" };
        var command = new Command("assess", "Assesses the duties and taxes of WCO DEC-DMS declarations (one JSON object per file), or checks the assessment against the samples") { files, date, check };
        command.SetAction(async (result, cancellationToken) =>
        {
            DateOnly? on = null;
            if (result.GetValue(date) is { } text)
            {
                if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
                {
                    await Console.Error.WriteLineAsync($"error: --date '{text}' is not a date YYYY-MM-DD");
                    return 2;
                }

                on = parsed;
            }

            var services = await host.StartAsync(cancellationToken);
            if (result.GetValue(check) is { } folder)
            {
                return Check(services, folder, on);
            }

            var paths = result.GetValue(files) ?? [];
            if (paths.Length == 0)
            {
                await Console.Error.WriteLineAsync("error: give one or more declaration files, or --check DIR");
                return 2;
            }

            var documents = services.GetRequiredService<IDeclarationDocuments>();
            var assessor = services.GetRequiredService<DeclarationAssessor>();
            var day = on ?? DateOnly.FromDateTime(DateTime.UtcNow);
            var failed = false;
            foreach (var path in paths)
            {
                string line;
                try
                {
                    var read = documents.ReadDecDms(await File.ReadAllBytesAsync(path, cancellationToken));
                    if (read.Facts is { } facts)
                    {
                        var assessment = assessor.Assess(facts, day);
                        failed |= !assessment.Complete;
                        line = AssessmentJson.Write(path, assessment);
                    }
                    else
                    {
                        failed = true;
                        line = AssessmentJson.Error(path, "not a readable WCO DEC-DMS declaration: " + string.Join("; ", read.Problems.Take(3)));
                    }
                }
                catch (IOException e)
                {
                    failed = true;
                    line = AssessmentJson.Error(path, e.Message);
                }
                catch (UnauthorizedAccessException e)
                {
                    failed = true;
                    line = AssessmentJson.Error(path, e.Message);
                }

                Console.WriteLine(line);
            }

            return failed ? 1 : 0;
        });
        return command;
    }

    private static int Check(IServiceProvider services, string folder, DateOnly? date)
    {
        if (!File.Exists(Path.Combine(folder, "index.json")) || !File.Exists(Path.Combine(folder, "expected-tax.csv")))
        {
            Console.Error.WriteLine($"error: {folder} holds no index.json and expected-tax.csv");
            return 2;
        }

        var report = ActivatorUtilities.CreateInstance<AssessmentCheck>(services).Run(folder, date);
        foreach (var (scenario, change) in report.Amendments)
        {
            Console.WriteLine($"{(change.Applied ? "amended" : "amendment left out")}\t{scenario}\t{change.Description}");
        }

        foreach (var line in report.Lines.OrderBy(l => Array.IndexOf(CheckReport.Categories, l.Category)).ThenBy(l => l.Matched).ThenBy(l => l.Scenario, StringComparer.Ordinal))
        {
            Console.WriteLine($"{(line.Matched ? "matched" : line.Excluded ? "excluded" : "MISSED")}\t{line.Category}\t{line.Scenario}\titem {line.Item}\t{line.TaxType}\texpected {line.Expected}\tassessed {(line.Assessed.Length == 0 ? "-" : line.Assessed)}\t{line.Reason}");
        }

        foreach (var category in CheckReport.Categories)
        {
            var excluded = report.Excluded(category);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{category}: {report.Matched(category)} of {report.Total(category)} lines matched{(excluded > 0 ? $" ({excluded} excluded: no declaration)" : "")}"));
        }

        return 0;
    }
}
