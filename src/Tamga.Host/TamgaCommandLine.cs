using System.CommandLine;
using Tamga.Platform.Modules;

namespace Tamga.Host;

/// <summary>The verbs of the same executable: each works on the same data directory as the server.</summary>
internal static class TamgaCommandLine
{
    public static bool IsCommand(string[] args, IReadOnlyList<ITamgaModule> modules)
    {
        if (args.Length == 0)
        {
            return false;
        }

        if (args[0] is "--help" or "-h" or "-?" or "--version")
        {
            return true;
        }

        var host = new CommandHost(_ => throw new InvalidOperationException());
        return !args[0].StartsWith('-') && modules.SelectMany(m => m.Commands(host)).Any(c => c.Name == args[0]);
    }

    public static async Task<int> RunAsync(string[] args, IReadOnlyList<ITamgaModule> modules)
    {
        WebApplication? app = null;
        var host = new CommandHost(async cancellationToken =>
        {
            if (app is null)
            {
                app = TamgaApplication.Build([], modules, commandLine: true);
                await TamgaApplication.StartModulesAsync(app.Services, modules, cancellationToken);
            }

            return app.Services;
        });

        var root = new RootCommand("Tamga — digital customs. Without a verb, serves the web UI and API.");
        foreach (var command in modules.SelectMany(m => m.Commands(host)))
        {
            root.Subcommands.Add(command);
        }

        try
        {
            return await root.Parse(args).InvokeAsync();
        }
        finally
        {
            if (app is not null)
            {
                await app.DisposeAsync();
            }
        }
    }
}
