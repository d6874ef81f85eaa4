using System.Text;

namespace Tamga.Platform.Signing;

/// <summary>
/// The canonical form of a signed document: one <c>name: value</c> line per field, in the order given, with line
/// breaks inside a value written as <c>\n</c>, backslashes doubled, no trailing spaces, and a final line feed. The
/// same fields always give the same bytes, whatever the platform or the database read them back from.
/// </summary>
public static class CanonicalText
{
    public static string Of(string documentType, IEnumerable<KeyValuePair<string, string?>> fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        var text = new StringBuilder();
        text.Append("document: ").Append(Escape(documentType)).Append('\n');
        foreach (var (name, value) in fields)
        {
            text.Append(name).Append(": ").Append(Escape(value ?? "")).Append('\n');
        }

        return text.ToString();
    }

    private static string Escape(string value) =>
        value.Trim().Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n')
            .Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal);
}
