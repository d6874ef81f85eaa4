namespace Tamga.Revenue.DutyCalculator;

/// <summary>Marker for the duty calculator page's strings (<c>DutyCalculatorResource*.resx</c>: English, French, Russian).</summary>
internal sealed class DutyCalculatorResource;
