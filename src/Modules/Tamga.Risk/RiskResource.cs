namespace Tamga.Risk;

/// <summary>
/// Marker of the risk module's screen strings (<c>RiskResource.resx</c>, <c>.fr.resx</c>, <c>.ru.resx</c> beside
/// this file); pages inject <c>IStringLocalizer&lt;RiskResource&gt;</c>.
/// </summary>
internal sealed class RiskResource;
