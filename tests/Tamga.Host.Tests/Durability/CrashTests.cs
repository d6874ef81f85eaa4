using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Tamga.Host.Tests.Declarations;
using Tamga.Host.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Tamga.Host.Tests.Durability;

/// <summary>
/// The real host process, lodged into by concurrent clients, killed with SIGKILL at a moment drawn from a fixed
/// seed, and started again on the same data: every declaration it acknowledged (201, or 200 for the same LRN and
/// body) is there with its MRN, no LRN is registered twice, and the audit trail is intact.
/// </summary>
[Collection(DurabilityCollection.Name)]
public sealed partial class CrashTests(ITestOutputHelper output) : IDisposable
{
    private const int UniqueClients = 6;
    private const int SameLrnCallers = 4;
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(120);
    private static readonly int[] Seeds = [11, 23, 37];

    private readonly TestDatabase _database = new();

    // What the host acknowledged: LRN -> declaration id and MRN, from every round.
    private readonly ConcurrentDictionary<string, Acknowledged> _acknowledged = new(StringComparer.Ordinal);

    // Every answer to the same-LRN callers, by LRN: status and the declaration it names.
    private readonly ConcurrentDictionary<string, ConcurrentBag<(HttpStatusCode Status, Guid Id)>> _sameLrnAnswers = new(StringComparer.Ordinal);

    private readonly ConcurrentQueue<string> _failures = new();

    [Fact]
    public async Task KillingTheHost_LosesNoAcknowledgedDeclaration_AndRegistersNoLrnTwice()
    {
        var total = Stopwatch.StartNew();
        foreach (var seed in Seeds)
        {
            await using var server = await TamgaServer.StartAsync(_database, StartTimeout);
            await VerifyAcknowledgedAsync(server);

            var random = new Random(seed);
            using var trader = await server.ClientForAsync("trader");
            using var bound = new CancellationTokenSource(TimeSpan.FromSeconds(20));
            var clients = Enumerable.Range(0, UniqueClients).Select(c => LodgeUniqueAsync(trader, seed, c, bound.Token)).ToList();
            clients.Add(LodgeSameLrnAsync(trader, seed, bound.Token));

            // Let the load build up, then kill the process at a moment drawn from the seed.
            await WaitForAcknowledgementsAsync(10, bound.Token);
            await Task.Delay(TimeSpan.FromMilliseconds(random.Next(50, 1200)), bound.Token);
            await server.CrashAsync();
            await Task.WhenAll(clients);
            output.WriteLine($"seed {seed}: killed after {_acknowledged.Count} acknowledgements in all, {total.Elapsed.TotalSeconds:0.0} s");
        }

        await using (var restarted = await TamgaServer.StartAsync(_database, StartTimeout))
        {
            await VerifyAcknowledgedAsync(restarted);
            using var auditor = await restarted.ClientForAsync("auditor");
            using var report = JsonDocument.Parse(await auditor.GetStringAsync("/api/v1/audit/verify"));
            Assert.True(report.RootElement.GetProperty("intact").GetBoolean(), "the audit trail is broken after the crashes: " + report.RootElement);
        }

        var table = _database.Table("declarations", "decl_declarations");
        Assert.Equal(0, await _database.ScalarAsync($"SELECT COUNT(*) FROM (SELECT declarant_id, lrn FROM {table} GROUP BY declarant_id, lrn HAVING COUNT(*) > 1) twice"));
        var stored = await _database.ScalarAsync($"SELECT COUNT(*) FROM {table}");
        Assert.True(stored >= _acknowledged.Count, $"{stored} declarations stored, {_acknowledged.Count} acknowledged");
        CheckSameLrnAnswers();
        output.WriteLine($"{_acknowledged.Count} acknowledged, {stored} stored, {_sameLrnAnswers.Count} LRNs lodged by {SameLrnCallers + 1} callers at once, {total.Elapsed.TotalSeconds:0.0} s");

        Assert.True(_failures.IsEmpty, string.Join("\n", _failures.Take(20)));
        Assert.True(_acknowledged.Count >= Seeds.Length * 10, $"only {_acknowledged.Count} declarations were acknowledged");
        Assert.True(_sameLrnAnswers.Values.Any(answers => answers.Count(a => a.Status == HttpStatusCode.OK) > 0), "no concurrent same-LRN lodging was answered as a resubmission");
        Assert.True(total.Elapsed < TimeSpan.FromMinutes(5), $"the crash test took {total.Elapsed}");
    }

    public void Dispose() => _database.Dispose();

    /// <summary>Lodges new LRNs one after the other until the host stops answering.</summary>
    private async Task LodgeUniqueAsync(HttpClient trader, int seed, int client, CancellationToken cancellationToken)
    {
        for (var n = 0; n < 5000 && !cancellationToken.IsCancellationRequested; n++)
        {
            var lrn = $"K{seed}-{client}-{n}";
            if (await LodgeAsync(trader, SimpleImport.Json(lrn), cancellationToken) is not { } answer)
            {
                return;
            }

            if (answer.Status != HttpStatusCode.Created)
            {
                _failures.Enqueue($"{lrn}: {(int)answer.Status} {answer.Body}");
                continue;
            }

            Acknowledge(lrn, answer.Body);
        }
    }

    /// <summary>Lodges one LRN from several callers at once (the same body, and one other body) until the host stops answering.</summary>
    private async Task LodgeSameLrnAsync(HttpClient trader, int seed, CancellationToken cancellationToken)
    {
        for (var n = 0; n < 2000 && !cancellationToken.IsCancellationRequested; n++)
        {
            var lrn = $"S{seed}-{n}";
            var body = SimpleImport.Json(lrn);
            var other = SimpleImport.Json(lrn, value: 2000m);
            var calls = Enumerable.Range(0, SameLrnCallers).Select(_ => LodgeAsync(trader, body, cancellationToken)).Append(LodgeAsync(trader, other, cancellationToken)).ToList();
            var answers = await Task.WhenAll(calls);
            var bag = _sameLrnAnswers.GetOrAdd(lrn, _ => []);
            foreach (var answer in answers.OfType<Answer>())
            {
                switch (answer.Status)
                {
                    case HttpStatusCode.Created or HttpStatusCode.OK:
                        bag.Add((answer.Status, Guid.Parse(answer.Body.GetProperty("id").GetString()!)));
                        Acknowledge(lrn, answer.Body);
                        break;
                    case HttpStatusCode.Conflict:
                        var named = DeclarationInDetail().Match(answer.Body.GetProperty("detail").GetString() ?? "");
                        bag.Add((answer.Status, named.Success ? Guid.Parse(named.Groups[1].Value) : Guid.Empty));
                        break;
                    default:
                        _failures.Enqueue($"{lrn}: {(int)answer.Status} {answer.Body}");
                        break;
                }
            }

            if (answers.Any(a => a is null))
            {
                return;
            }
        }
    }

    private void Acknowledge(string lrn, JsonElement summary)
    {
        var id = Guid.Parse(summary.GetProperty("id").GetString()!);
        var mrn = summary.GetProperty("mrn").GetString();
        if (string.IsNullOrEmpty(mrn))
        {
            _failures.Enqueue($"{lrn}: acknowledged without an MRN: {summary}");
            return;
        }

        var acknowledged = _acknowledged.GetOrAdd(lrn, new Acknowledged(id, mrn));
        if (acknowledged.Id != id || acknowledged.Mrn != mrn)
        {
            _failures.Enqueue($"{lrn}: acknowledged as {acknowledged.Id} ({acknowledged.Mrn}) and as {id} ({mrn})");
        }
    }

    /// <summary>One lodging; null when the host did not answer (it is down).</summary>
    private static async Task<Answer?> LodgeAsync(HttpClient trader, string json, CancellationToken cancellationToken)
    {
        try
        {
            using var response = await trader.PostAsync("/api/v1/declarations", SimpleImport.Content(json), cancellationToken);
            var text = await response.Content.ReadAsStringAsync(cancellationToken);
            return new Answer(response.StatusCode, text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone());
        }
        catch (Exception exception) when (exception is HttpRequestException or IOException or OperationCanceledException or JsonException)
        {
            return null;
        }
    }

    private async Task WaitForAcknowledgementsAsync(int more, CancellationToken cancellationToken)
    {
        var target = _acknowledged.Count + more;
        while (_acknowledged.Count < target && !cancellationToken.IsCancellationRequested)
        {
            await Task.Delay(20, cancellationToken);
        }
    }

    /// <summary>Every declaration acknowledged so far can be read back with its MRN.</summary>
    private async Task VerifyAcknowledgedAsync(TamgaServer server)
    {
        using var trader = await server.ClientForAsync("trader");
        await Parallel.ForEachAsync(_acknowledged, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (entry, cancellationToken) =>
        {
            var (lrn, acknowledged) = entry;
            using var response = await trader.GetAsync($"/api/v1/declarations/{acknowledged.Id}", cancellationToken);
            if (response.StatusCode != HttpStatusCode.OK)
            {
                _failures.Enqueue($"{lrn}: acknowledged as {acknowledged.Id} but {(int)response.StatusCode} after the restart");
                return;
            }

            using var detail = JsonDocument.Parse(await response.Content.ReadAsStringAsync(cancellationToken));
            var summary = detail.RootElement.GetProperty("summary");
            if (summary.GetProperty("mrn").GetString() != acknowledged.Mrn || summary.GetProperty("lrn").GetString() != lrn)
            {
                _failures.Enqueue($"{lrn}: acknowledged with MRN {acknowledged.Mrn}, stored as {summary}");
            }
        });
    }

    /// <summary>Per LRN lodged at once by several callers: at most one 201, and every answer names the same declaration.</summary>
    private void CheckSameLrnAnswers()
    {
        foreach (var (lrn, answers) in _sameLrnAnswers)
        {
            if (answers.Count(a => a.Status == HttpStatusCode.Created) > 1)
            {
                _failures.Enqueue($"{lrn}: registered twice ({string.Join(", ", answers)})");
            }

            if (answers.Select(a => a.Id).Distinct().Count() > 1)
            {
                _failures.Enqueue($"{lrn}: the answers name different declarations ({string.Join(", ", answers)})");
            }
        }
    }

    [GeneratedRegex("Declaration ([0-9a-f-]{36}) has LRN")]
    private static partial Regex DeclarationInDetail();

    private sealed record Acknowledged(Guid Id, string Mrn);

    private sealed record Answer(HttpStatusCode Status, JsonElement Body);
}

/// <summary>The crash test runs alone: its host process should not compete for the CPU with the in-memory hosts of other tests.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class DurabilityCollection
{
    public const string Name = "Durability";
}
