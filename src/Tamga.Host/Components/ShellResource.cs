namespace Tamga.Host.Components;

/// <summary>Marker of the web shell's strings (<c>ShellResource*.resx</c> beside this file): header, menu, home, sign-in and error pages.</summary>
public sealed class ShellResource;
