namespace Tamga.Tariff;

/// <summary>Marker of the tariff module's screen strings (<c>TariffResource*.resx</c> beside this file).</summary>
internal sealed class TariffResource;
