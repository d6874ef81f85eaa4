namespace Tamga.Kernel.Identifiers;

/// <summary>
/// A trader identification number: an EORI (country prefix and up to 15 characters) or a national TIN.
/// Kept as upper-case text; the check is on form only, since each administration has its own register.
/// </summary>
public static class PartyIdentifier
{
    public const int MaxLength = 17;

    public static bool IsValid(string? value) =>
        !string.IsNullOrEmpty(value)
        && value.Length is >= 3 and <= MaxLength
        && char.IsAsciiLetterUpper(value[0]) && char.IsAsciiLetterUpper(value[1])
        && value.Skip(2).All(c => char.IsAsciiDigit(c) || char.IsAsciiLetterUpper(c));

    public static string Normalise(string value) => value.Trim().ToUpperInvariant();
}
