using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Tamga.Platform.Audit;
using Tamga.Risk.Contracts;
using Tamga.Risk.Data;
using Tamga.Risk.Feedback;

namespace Tamga.Risk.Scoring;

/// <summary>
/// Keeps the host on the newest scoring model and trains the next one when retraining is scheduled
/// (<see cref="RiskOptions.RetrainEvery"/>). A model that comes into use — trained here, by <c>risk train</c> or by
/// another host sharing the model directory — is audited and announced (<see cref="RiskCriteriaChanged"/>), so that
/// declarations not yet released are assessed again with it. A training or a file that fails leaves the model in
/// use, or the rules alone, deciding.
/// </summary>
internal sealed class ModelInstaller(
    RiskModelStore store,
    IServiceScopeFactory scopes,
    IOptions<RiskOptions> options,
    TimeProvider clock,
    ILogger<ModelInstaller> logger) : BackgroundService
{
    public const string Actor = "system:risk-model";

    /// <summary>After a retraining that failed or had too little data, the next try waits at most this long.</summary>
    private static readonly TimeSpan RetryAfter = TimeSpan.FromHours(1);

    private string? inUse;
    private string? newestSeen;
    private DateTimeOffset nextTry;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // The model the host started with was loaded before it served: nothing to announce for it.
        inUse = store.Current?.Version;
        newestSeen = store.NewestVersion();
        using var timer = new PeriodicTimer(options.Value.ModelCheckEvery, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await CheckAsync(stoppingToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                logger.LogError(exception, "Scoring model check or retraining failed; the model in use stays");
            }
        }
    }

    /// <summary>Trains when a retraining is due, then takes the newest model file into use if it is not already.</summary>
    internal async Task CheckAsync(CancellationToken cancellationToken)
    {
        if (RetrainingDue())
        {
            await RetrainAsync(cancellationToken);
        }

        // A newer file is loaded once: one that fails to load is not tried again until a newer one comes.
        if (store.NewestVersion() is { } newest && newest != newestSeen)
        {
            newestSeen = newest;
            store.Reload();
            if (store.Current is { } model && model.Version != inUse)
            {
                inUse = model.Version;
                await AnnounceAsync(model, cancellationToken);
            }
        }
    }

    private bool RetrainingDue() =>
        options.Value.RetrainEvery is { } every
        && clock.GetUtcNow() >= nextTry
        && (store.Current is not { } model || clock.GetUtcNow() >= model.Manifest.TrainedAt + every);

    private async Task RetrainAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        nextTry = clock.GetUtcNow() + (settings.RetrainEvery < RetryAfter ? settings.RetrainEvery.Value : RetryAfter);
        List<RiskRecord> rows;
        await using (var scope = scopes.CreateAsyncScope())
        {
            rows = await scope.ServiceProvider.GetRequiredService<TrainingSet>().HistoryAsync(settings.RetrainingData, cancellationToken);
        }

        if (rows.Count < settings.RetrainingMinimumRows)
        {
            logger.LogInformation("Scheduled retraining skipped: {Rows} labelled goods items, {Minimum} needed", rows.Count, settings.RetrainingMinimumRows);
            return;
        }

        var training = new RiskTrainingOptions { Iterations = settings.RetrainingIterations ?? new RiskTrainingOptions().Iterations };
        logger.LogInformation("Scheduled retraining on {Rows} labelled goods items", rows.Count);

        // Trained away from the request threads; progress goes to the log.
        var model = await Task.Run(() => RiskTrainer.Train(rows, training, clock, line => logger.LogInformation("Retraining: {Progress}", line)), cancellationToken);
        var path = model.Save(store.Directory);
        logger.LogInformation("Scoring model {Version} trained and saved to {File}", model.Version, Path.GetFileName(path));
    }

    private async Task AnnounceAsync(RiskModel model, CancellationToken cancellationToken)
    {
        var manifest = model.Manifest;
        var now = clock.GetUtcNow();
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RiskDbContext>();
        db.Audit(new AuditEntry("risk-model/" + model.Version, Actor, "risk-model.installed", now, null,
            new { model.Version, manifest.TrainedAt, manifest.Rows, manifest.Findings, manifest.FirstDate, manifest.LastDate, manifest.Trainer, manifest.Parameters },
            string.Create(CultureInfo.InvariantCulture, $"scoring model {model.Version} in use: {manifest.Rows} goods items with {manifest.Findings} findings, {manifest.FirstDate:yyyy-MM-dd} to {manifest.LastDate:yyyy-MM-dd}")));
        db.Publish(new RiskCriteriaChanged($"scoring model {model.Version} came into use") { OccurredAt = now });
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Scoring model {Version} in use; open declarations are assessed again", model.Version);
    }
}
