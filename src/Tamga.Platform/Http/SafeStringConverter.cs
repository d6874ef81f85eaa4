using System.Text.Json;
using System.Text.Json.Serialization;

namespace Tamga.Platform.Http;

/// <summary>
/// Refuses NUL characters in JSON strings: no field of Tamga can hold one, and PostgreSQL text cannot
/// store one, so the caller gets a 400 naming the field rather than a failure at commit.
/// </summary>
public sealed class SafeStringConverter : JsonConverter<string>
{
    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"Expected a string, found {reader.TokenType}.");
        }

        var value = reader.GetString();
        if (value is not null && value.Contains('\0', StringComparison.Ordinal))
        {
            throw new JsonException("Strings may not contain NUL (\\u0000) characters.");
        }

        return value;
    }

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteStringValue(value);
}
