using System.Reflection;
using Tamga.Platform.Modules;

namespace Tamga.Architecture.Tests;

/// <summary>The assemblies of the running host: kernel, platform, modules and their contracts.</summary>
internal static class TamgaAssemblies
{
    public static readonly Assembly Host = typeof(Program).Assembly;

    public static readonly Assembly Kernel = typeof(Tamga.Kernel.Identifiers.Mrn).Assembly;

    public static readonly Assembly Platform = typeof(ITamgaModule).Assembly;

    public static IReadOnlyList<Assembly> All { get; } = Load();

    /// <summary>Business modules: every Tamga.* assembly but the kernel, the platform, the host and contracts.</summary>
    public static IReadOnlyList<Assembly> Modules => All.Where(IsModule).ToList();

    public static IReadOnlyList<Assembly> Contracts => All.Where(a => a.GetName().Name!.EndsWith(".Contracts", StringComparison.Ordinal)).ToList();

    public static bool IsModule(Assembly assembly)
    {
        var name = assembly.GetName().Name!;
        return name.StartsWith("Tamga.", StringComparison.Ordinal)
            && name is not ("Tamga.Kernel" or "Tamga.Platform" or "Tamga.Host")
            && !name.EndsWith(".Contracts", StringComparison.Ordinal);
    }

    private static List<Assembly> Load()
    {
        var found = new Dictionary<string, Assembly>(StringComparer.Ordinal);
        var pending = new Queue<Assembly>([Host]);
        while (pending.Count > 0)
        {
            var assembly = pending.Dequeue();
            if (!found.TryAdd(assembly.GetName().Name!, assembly))
            {
                continue;
            }

            foreach (var reference in assembly.GetReferencedAssemblies().Where(r => r.Name!.StartsWith("Tamga.", StringComparison.Ordinal)))
            {
                pending.Enqueue(Assembly.Load(reference));
            }
        }

        return found.Values.ToList();
    }
}
