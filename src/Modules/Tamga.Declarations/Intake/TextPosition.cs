namespace Tamga.Declarations.Intake;

/// <summary>Line and column (1-based) of a byte offset in a UTF-8 document; columns count characters, not bytes.</summary>
internal static class TextPosition
{
    public static (int Line, int Column) Of(ReadOnlySpan<byte> utf8, int offset)
    {
        offset = Math.Clamp(offset, 0, utf8.Length);
        var before = utf8[..offset];
        var lastNewline = before.LastIndexOf((byte)'\n');
        var line = before.Count((byte)'\n') + 1;
        var lineStart = before[(lastNewline + 1)..];
        var column = 1;
        foreach (var b in lineStart)
        {
            // Count UTF-8 lead bytes only, so a multi-byte character is one column.
            if ((b & 0xC0) != 0x80)
            {
                column++;
            }
        }

        return (line, column);
    }
}
