using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Tamga.Declarations.Intake;

/// <summary>Finds where a value named by a simple JSON path (<c>$.a.b[2].c</c>) starts in a UTF-8 document.</summary>
internal static class JsonPathLocator
{
    /// <summary>The byte offset of the value at <paramref name="path"/>, or null when the document has no such value.</summary>
    public static int? Find(ReadOnlySpan<byte> utf8Json, string path, int maxDepth)
    {
        var reader = new Utf8JsonReader(utf8Json, new JsonReaderOptions { MaxDepth = maxDepth });

        // One frame per open container: the name of the current property, or the index of the current element.
        var frames = new List<(bool IsArray, string? Name, int Index)>();
        try
        {
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.PropertyName:
                        frames[^1] = (false, reader.GetString(), -1);
                        continue;
                    case JsonTokenType.EndObject:
                    case JsonTokenType.EndArray:
                        frames.RemoveAt(frames.Count - 1);
                        continue;
                    default:
                        break;
                }

                if (frames.Count > 0 && frames[^1].IsArray)
                {
                    frames[^1] = (true, null, frames[^1].Index + 1);
                }

                if (PathOf(frames) == path)
                {
                    return (int)reader.TokenStartIndex;
                }

                if (reader.TokenType == JsonTokenType.StartObject)
                {
                    frames.Add((false, null, -1));
                }
                else if (reader.TokenType == JsonTokenType.StartArray)
                {
                    frames.Add((true, null, -1));
                }
            }
        }
        catch (JsonException)
        {
            return null;
        }

        return null;
    }

    private static string PathOf(List<(bool IsArray, string? Name, int Index)> frames)
    {
        var path = new StringBuilder("$");
        foreach (var (isArray, name, index) in frames)
        {
            if (isArray)
            {
                path.Append('[').Append(index.ToString(CultureInfo.InvariantCulture)).Append(']');
            }
            else
            {
                path.Append('.').Append(name);
            }
        }

        return path.ToString();
    }
}
