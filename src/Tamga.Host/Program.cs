using Tamga.Declarations;
using Tamga.Host;
using Tamga.Platform;
using Tamga.Platform.Modules;
using Tamga.Publications;
using Tamga.ReferenceData;
using Tamga.Revenue;
using Tamga.Risk;
using Tamga.Tariff;

// Tamga: one host for the API, the web UI, background work and the command-line verbs.
ITamgaModule[] modules =
[
    new PlatformModule(),
    new ReferenceDataModule(),
    new DeclarationsModule(),
    new RiskModule(), // after Declarations: implements its risk port
    new TariffModule(),
    new PublicationsModule(),
    new RevenueModule(), // after Declarations: implements its duty port
];

return await TamgaApplication.RunAsync(args, modules);

/// <summary>The entry point, visible to the integration tests.</summary>
public partial class Program;
