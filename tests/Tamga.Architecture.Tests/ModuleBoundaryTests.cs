using System.Reflection;
using NetArchTest.Rules;

namespace Tamga.Architecture.Tests;

public sealed class ModuleBoundaryTests
{
    public static TheoryData<string> ModuleNames()
    {
        var data = new TheoryData<string>();
        foreach (var module in TamgaAssemblies.Modules)
        {
            data.Add(module.GetName().Name!);
        }

        return data;
    }

    private static Assembly Module(string name) => TamgaAssemblies.All.Single(a => a.GetName().Name == name);

    [Fact]
    public void TheHost_HasModules()
    {
        Assert.Contains(TamgaAssemblies.Modules, a => a.GetName().Name == "Tamga.Declarations");
        Assert.Contains(TamgaAssemblies.Modules, a => a.GetName().Name == "Tamga.ReferenceData");
    }

    [Theory]
    [MemberData(nameof(ModuleNames))]
    public void AModule_ReferencesNoOtherModule_OnlyTheirContracts(string name)
    {
        var others = TamgaAssemblies.Modules.Where(m => m.GetName().Name != name).Select(m => m.GetName().Name!).ToArray();
        var referenced = Module(name).GetReferencedAssemblies().Select(r => r.Name!).ToList();
        Assert.Empty(referenced.Intersect(others));

        // And no type of it names a type of another module (NetArchTest looks at every type reference; it matches
        // by prefix, so it is given the other modules' full type names, which their Contracts do not share).
        var otherTypes = TamgaAssemblies.Modules.Where(m => m.GetName().Name != name).SelectMany(m => m.GetTypes()).Select(t => t.FullName!).Where(n => !n.Contains('<', StringComparison.Ordinal)).ToArray();
        if (otherTypes.Length > 0)
        {
            var result = Types.InAssembly(Module(name)).ShouldNot().HaveDependencyOnAny(otherTypes).GetResult();
            Assert.True(result.IsSuccessful, "Types using another module: " + string.Join(", ", result.FailingTypeNames ?? []));
        }
    }

    [Fact]
    public void TheKernel_DependsOnNothingOfTamga()
    {
        Assert.DoesNotContain(TamgaAssemblies.Kernel.GetReferencedAssemblies(), r => r.Name!.StartsWith("Tamga.", StringComparison.Ordinal));
    }

    [Fact]
    public void ThePlatform_DependsOnNoModule()
    {
        var modules = TamgaAssemblies.All.Where(a => a != TamgaAssemblies.Kernel && a != TamgaAssemblies.Platform).Select(a => a.GetName().Name!);
        Assert.Empty(TamgaAssemblies.Platform.GetReferencedAssemblies().Select(r => r.Name!).Intersect(modules));
    }

    [Fact]
    public void Contracts_DependOnlyOnTheKernel()
    {
        foreach (var contracts in TamgaAssemblies.Contracts)
        {
            var tamga = contracts.GetReferencedAssemblies().Where(r => r.Name!.StartsWith("Tamga.", StringComparison.Ordinal)).Select(r => r.Name);
            Assert.All(tamga, name => Assert.Equal("Tamga.Kernel", name));
        }
    }

    [Theory]
    [MemberData(nameof(ModuleNames))]
    public void AModule_ExposesOnlyItsModuleClassAndHttpShapes(string name)
    {
        // Internal by default: what is public is the module's entry point and the records its API returns, and for a
        // module with pages its Razor components (generated public) and the string resources they inject.
        var assembly = Module(name);
        var resources = assembly.GetManifestResourceNames().ToHashSet(StringComparer.Ordinal);
        var exposed = assembly.GetExportedTypes()
            .Where(t => !t.GetInterfaces().Any(i => i.FullName == "Microsoft.AspNetCore.Components.IComponent"))
            .Where(t => !resources.Contains(t.FullName + ".resources"))
            .Where(t => t.Name != "_Imports") // generated from _Imports.razor
            .Where(t => !typeof(Tamga.Platform.Modules.ITamgaModule).IsAssignableFrom(t))
            .Where(t => !(t.IsSealed && t.GetMethod("<Clone>$") is not null)) // records
            .Where(t => !t.Name.EndsWith("DbContext", StringComparison.Ordinal)) // provider subclasses must see the base
            .Where(t => !typeof(Microsoft.AspNetCore.Components.IComponent).IsAssignableFrom(t) && t.Name != "_Imports") // Razor pages are public by design
            .Where(t => !t.Name.EndsWith("Resource", StringComparison.Ordinal)) // localisation markers named by the pages
            .Where(t => t.Namespace?.Contains(".Migrations", StringComparison.Ordinal) != true)
            .Select(t => t.FullName)
            .ToList();
        Assert.True(exposed.Count == 0, "Public types that should be internal: " + string.Join(", ", exposed));
    }
}
