using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Tamga.Platform.Modules;
using Tamga.Tariff.ClassifyGoods;
using Tamga.Tariff.Coverage;
using Tamga.Tariff.Search;

namespace Tamga.Tariff;

/// <summary>The <c>tariff</c> verb: coverage figures, unparsed expressions, unmapped lines, classification and its measurement.</summary>
internal static class TariffCommands
{
    public static Command Create(CommandHost host)
    {
        var tariff = new Command("tariff", "The tariff: coverage figures, unparsed duty expressions, unmapped lines, classification and its evaluation");
        tariff.Subcommands.Add(Coverage(host));
        tariff.Subcommands.Add(Unparsed(host));
        tariff.Subcommands.Add(Unmapped(host));
        tariff.Subcommands.Add(Classify(host));
        tariff.Subcommands.Add(ClassifyEval(host));
        return tariff;
    }

    private static Command Coverage(CommandHost host)
    {
        var command = new Command("coverage", "What the tariff holds, and how much of it is parsed and linked to HS 2022");
        command.SetAction(async (_, cancellationToken) =>
        {
            var report = (await host.StartAsync(cancellationToken)).GetRequiredService<TariffCoverage>().Report();
            foreach (var version in report.Versions)
            {
                Console.WriteLine(Invariant($"version\t{version.Id}\t{version.Name}\tbasis {version.Basis}\tfrom {version.EffectiveFrom:yyyy-MM-dd}\t{version.Entries} entries"));
            }

            Console.WriteLine(Invariant($"hs2022\t{report.HsSections} sections, {report.HsChapters} chapters, {report.HsHeadings} headings, {report.HsSubheadings} subheadings"));
            Console.WriteLine(Invariant($"lines\t{report.NationalLines} national lines, {report.LinesLinkedToHs2022} linked to HS 2022, {report.LinesNotInHs2022} not in HS 2022"));
            Console.WriteLine(Invariant($"measures\t{report.Measures}, {report.ExpressionsUnparsed} duty expressions not parsed, {report.ExpressionsParsedWithAssumption} parsed with an assumption, {report.MeasuresNotComputable} not computable from value and quantity alone"));
            return 0;
        });
        return command;
    }

    private static Command Unparsed(CommandHost host)
    {
        var command = new Command("unparsed", "Lists the duty expressions the parser could not read (and those it read under an assumption); exits 0 either way");
        command.SetAction(async (_, cancellationToken) =>
        {
            var report = (await host.StartAsync(cancellationToken)).GetRequiredService<TariffCoverage>().Unparsed();
            foreach (var issue in report.Unparsed)
            {
                Console.WriteLine($"unparsed\t{issue.Code}\t{issue.Source}\t{issue.Expression}\t{issue.Note}");
            }

            foreach (var issue in report.ParsedWithAssumption)
            {
                Console.WriteLine($"assumed\t{issue.Code}\t{issue.Source}\t{issue.Expression}\t{issue.Note}");
            }

            Console.WriteLine(Invariant($"{report.Count} duty expressions not parsed; {report.AssumptionCount} parsed with an assumption."));
            return 0;
        });
        return command;
    }

    private static Command Unmapped(CommandHost host)
    {
        var command = new Command("unmapped", "Lists the national tariff lines whose 6-digit subheading HS 2022 no longer has");
        command.SetAction(async (_, cancellationToken) =>
        {
            var report = (await host.StartAsync(cancellationToken)).GetRequiredService<TariffCoverage>().Unmapped();
            foreach (var line in report.Lines)
            {
                Console.WriteLine($"{line.Code}\t{line.Hs2017Subheading}\t{(line.HeadingInHs2022 ? "heading kept" : "heading gone")}\t{line.Description}");
            }

            Console.WriteLine(Invariant($"{report.Count} national lines not in HS 2022."));
            return 0;
        });
        return command;
    }

    private static Command Classify(CommandHost host)
    {
        var description = new Argument<string>("description") { Description = "A plain goods description" };
        var top = new Option<int>("--top") { Description = "How many candidates", DefaultValueFactory = _ => 5 };
        var command = new Command("classify", "Candidate commodity codes for a goods description, best first, with the reasons") { description, top };
        command.SetAction(async (result, cancellationToken) =>
        {
            var classifier = (await host.StartAsync(cancellationToken)).GetRequiredService<Classifier>();
            foreach (var candidate in classifier.Classify(result.GetValue(description)!, Math.Clamp(result.GetValue(top), 1, 50)))
            {
                Console.WriteLine(Invariant($"{candidate.Code}\t{candidate.Score:0.000}\t{candidate.Reason}"));
            }

            return 0;
        });
        return command;
    }

    private static Command ClassifyEval(CommandHost host)
    {
        var samples = new Option<string?>("--samples") { Description = "The WCO DEC-DMS samples' index.json (default: tests/data/wco-dms/index.json in this folder or above)" };
        var top = new Option<int>("--top") { Description = "Candidates that count (default 5)", DefaultValueFactory = _ => 5 };
        var misses = new Option<bool>("--misses") { Description = "Also list the descriptions whose declared heading was not found" };
        var crossValidate = new Option<bool>("--cross-validate") { Description = "Also tune the ranking parameters on one half of the declarations and measure them on the other (two folds)" };
        var command = new Command("classify-eval", "Measures the classification assistant: the share of sample goods items whose declared heading is in the first candidates") { samples, top, misses, crossValidate };
        command.SetAction(async (result, cancellationToken) =>
        {
            var path = ClassificationEvaluation.FindSamples(result.GetValue(samples));
            if (path is null)
            {
                await Console.Error.WriteLineAsync("error: index.json of the WCO DEC-DMS samples not found; give it with --samples");
                return 1;
            }

            var n = Math.Clamp(result.GetValue(top), 1, 50);
            var classifier = (await host.StartAsync(cancellationToken)).GetRequiredService<Classifier>();
            var items = ClassificationEvaluation.ReadSamples(path);
            var evaluation = ClassificationEvaluation.Evaluate(items, d => (classifier.Classify(d, n).Select(c => c.Heading).ToList(), classifier.Informative(d)));
            if (result.GetValue(misses))
            {
                foreach (var (item, headings) in evaluation.Misses)
                {
                    Console.WriteLine($"miss\t{item.Source}\tdeclared {item.DeclaredCode}\tgot {string.Join(' ', headings)}\t{item.Description}");
                }
            }

            Console.WriteLine(Invariant($"samples\t{path}"));
            Console.WriteLine(Invariant($"top-{n} heading accuracy: {evaluation.Hits}/{evaluation.Items} goods items = {evaluation.Share:P1}"));
            Console.WriteLine(Invariant($"  items whose description has a nomenclature word: {evaluation.InformativeHits}/{evaluation.InformativeItems} = {evaluation.InformativeShare:P1}"));
            Console.WriteLine(Invariant($"  distinct description and heading pairs: {evaluation.DistinctHits}/{evaluation.DistinctItems} = {evaluation.DistinctShare:P1}"));
            if (result.GetValue(crossValidate))
            {
                var grid = CrossValidation.Grid();
                var cv = ClassificationEvaluation.CrossValidate(items, grid, (d, p) => classifier.Classify(d, n, parameters: p).Select(c => c.Heading).ToList());
                Console.WriteLine(Invariant($"two-fold cross-validation (declarations split even/odd; {cv.GridSize} parameter sets; {cv.SharedDescriptions} descriptions occur in both halves):"));
                foreach (var fold in cv.Folds)
                {
                    Console.WriteLine(Invariant($"  half {fold.Fold}: tuned on the other half ({fold.TuningHits}/{fold.TuningItems}) to {fold.Tuned}"));
                    Console.WriteLine(Invariant($"    measured on this half: {fold.TestHits}/{fold.TestItems} = {(double)fold.TestHits / Math.Max(1, fold.TestItems):P1} (defaults: {fold.TestHitsWithDefaults}/{fold.TestItems})"));
                }

                Console.WriteLine(Invariant($"top-{n} heading accuracy on held-out halves: {cv.TestHits}/{cv.TestItems} = {cv.TestShare:P1}"));
            }

            return 0;
        });
        return command;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
