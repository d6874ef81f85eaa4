namespace Tamga.Platform.Web;

/// <summary>
/// Marker of the platform's shared strings (<c>SharedResource.resx</c>, <c>.fr.resx</c>, <c>.ru.resx</c> beside
/// this file): pager, tables, forms, role names and the platform's own pages. Inject
/// <c>IStringLocalizer&lt;SharedResource&gt;</c>. A module keeps its own strings in its own marker type and
/// <c>.resx</c> files next to it (same namespace as the folder, no resources path).
/// </summary>
public sealed class SharedResource;
