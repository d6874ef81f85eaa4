using System.Text;

namespace Tamga.Platform.Text;

/// <summary>Reads RFC 4180 CSV (quoted fields, doubled quotes, new lines inside quotes, an optional UTF-8 BOM) and writes its lines.</summary>
public static class Csv
{
    public static IEnumerable<string[]> Read(TextReader reader)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        var any = false;
        int next;
        while ((next = reader.Read()) != -1)
        {
            var c = (char)next;
            any = true;
            if (quoted)
            {
                if (c == '"')
                {
                    if (reader.Peek() == '"')
                    {
                        reader.Read();
                        field.Append('"');
                    }
                    else
                    {
                        quoted = false;
                    }
                }
                else
                {
                    field.Append(c);
                }

                continue;
            }

            switch (c)
            {
                case '"':
                    quoted = true;
                    break;
                case ',':
                    fields.Add(field.ToString());
                    field.Clear();
                    break;
                case '\r':
                    break;
                case '\n':
                    fields.Add(field.ToString());
                    field.Clear();
                    yield return fields.ToArray();
                    fields.Clear();
                    any = false;
                    break;
                case '\uFEFF' when fields.Count == 0 && field.Length == 0:
                    break;
                default:
                    field.Append(c);
                    break;
            }
        }

        if (any)
        {
            fields.Add(field.ToString());
            yield return fields.ToArray();
        }
    }

    /// <summary>Rows as dictionaries keyed by the header row's names.</summary>
    public static IEnumerable<(int Line, IReadOnlyDictionary<string, string> Row)> ReadWithHeader(TextReader reader)
    {
        string[]? header = null;
        var line = 0;
        foreach (var row in Read(reader))
        {
            line++;
            if (header is null)
            {
                header = row.Select(h => h.Trim()).ToArray();
                continue;
            }

            if (row.Length == 1 && row[0].Length == 0)
            {
                continue;
            }

            var map = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            for (var i = 0; i < header.Length; i++)
            {
                map[header[i]] = i < row.Length ? row[i] : "";
            }

            yield return (line, map);
        }
    }

    /// <summary>
    /// One CSV line (RFC 4180): a cell with a comma, quote or line break is quoted. A text cell that a spreadsheet
    /// would run as a formula (starting with =, +, - or @ and not a number) is prefixed with an apostrophe.
    /// </summary>
    public static string Line(IEnumerable<string> cells) => string.Join(',', cells.Select(Cell));

    /// <summary>One CSV cell, quoted when needed, a formula-like text neutralised (see <see cref="Line"/>).</summary>
    public static string Cell(string cell)
    {
        if (cell.Length > 0 && cell[0] is '=' or '+' or '-' or '@' && !double.TryParse(cell, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out _))
        {
            cell = "'" + cell;
        }

        return cell.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : cell;
    }
}
