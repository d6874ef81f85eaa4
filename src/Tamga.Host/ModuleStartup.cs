using Tamga.Platform.Modules;

namespace Tamga.Host;

/// <summary>
/// Migrates the database and runs each module's first-start work before anything else starts (the web
/// server and background workers included), so the host only answers once it is ready.
/// </summary>
internal sealed class ModuleStartup(IServiceProvider services, IReadOnlyList<ITamgaModule> modules) : IHostedLifecycleService
{
    public Task StartingAsync(CancellationToken cancellationToken) => TamgaApplication.StartModulesAsync(services, modules, cancellationToken);

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
