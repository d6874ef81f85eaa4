using Microsoft.Extensions.DependencyInjection;
using Tamga.Tariff.Catalogue;
using Tamga.Tariff.Contracts;

namespace Tamga.Tariff.CompileMeasures;

/// <summary>
/// <see cref="IMeasuresInForce"/> over the catalogue: the table is compiled once per tariff snapshot, on first use
/// after each load, and readers keep the table they took.
/// </summary>
internal sealed class MeasuresInForce(TariffCatalogue catalogue) : IMeasuresInForce
{
    private volatile Compiled? _compiled;

    public MeasureTable Current
    {
        get
        {
            var snapshot = catalogue.Current;
            var compiled = _compiled;
            if (compiled is not null && ReferenceEquals(compiled.Snapshot, snapshot))
            {
                return compiled.Table;
            }

            compiled = new Compiled(snapshot, MeasureCompiler.Compile(snapshot));
            _compiled = compiled;
            return compiled.Table;
        }
    }

    private sealed record Compiled(TariffSnapshot Snapshot, MeasureTable Table);
}

/// <summary>Registration of the compiled measures, called by the tariff module.</summary>
internal static class CompileMeasuresRegistration
{
    public static IServiceCollection AddMeasuresInForce(this IServiceCollection services) => services.AddSingleton<IMeasuresInForce, MeasuresInForce>();
}
