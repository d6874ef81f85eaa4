using System.Reflection;
using Tamga.Platform.Modules;
using Tamga.Platform.Web;

namespace Tamga.Host.Components;

/// <summary>What the modules bring to the web shell: the assemblies holding their pages and their navigation links.</summary>
internal sealed class ShellCatalog
{
    public ShellCatalog(IReadOnlyList<ITamgaModule> modules)
    {
        PageAssemblies = modules
            .Select(m => m.PagesAssembly)
            .OfType<Assembly>()
            .Where(a => a != typeof(ShellCatalog).Assembly)
            .Distinct()
            .ToArray();

        var links = new List<NavigationLink>
        {
            new("/", "Nav.Home") { Resources = typeof(ShellResource), Public = true, Order = 0 },
        };
        foreach (var module in modules)
        {
            foreach (var link in module.Navigation)
            {
                if (!LocalUrl.IsLocal(link.Href) || link.Href.StartsWith('~'))
                {
                    throw new InvalidOperationException($"Module '{module.Name}': navigation link '{link.Href}' must be a local path starting with '/'.");
                }

                if (links.Exists(l => string.Equals(l.Href, link.Href, StringComparison.OrdinalIgnoreCase)))
                {
                    throw new InvalidOperationException($"Module '{module.Name}': navigation link '{link.Href}' is already in the menu.");
                }

                links.Add(link);
            }
        }

        // OrderBy is stable: links of equal order keep the modules' order.
        Links = links.OrderBy(l => l.Order).ToArray();
    }

    public IReadOnlyList<Assembly> PageAssemblies { get; }

    public IReadOnlyList<NavigationLink> Links { get; }
}
