namespace Tamga.ReferenceData.BrowseCodeLists;

/// <summary>Marker of the reference data module's screen strings (<c>ReferenceDataResource*.resx</c> beside this file).</summary>
internal sealed class ReferenceDataResource;
