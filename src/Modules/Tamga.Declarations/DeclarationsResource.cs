namespace Tamga.Declarations;

/// <summary>
/// Marker of the declarations module's screen strings (<c>DeclarationsResource.resx</c>, <c>.fr.resx</c>,
/// <c>.ru.resx</c> beside this file); pages inject <c>IStringLocalizer&lt;DeclarationsResource&gt;</c>.
/// </summary>
internal sealed class DeclarationsResource;
