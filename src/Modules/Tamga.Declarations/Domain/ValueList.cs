using System.Collections;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Tamga.Declarations.Domain;

/// <summary>
/// An immutable list that compares by content, so records holding lists (a declaration and its parts)
/// have value equality: two declarations read from the same document are equal.
/// Serialized as a plain JSON array; <c>null</c> elements are refused.
/// </summary>
[JsonConverter(typeof(ValueListJsonConverterFactory))]
[CollectionBuilder(typeof(ValueList), nameof(ValueList.Create))]
internal sealed class ValueList<T> : IReadOnlyList<T>, IEquatable<ValueList<T>>, IValueList
{
    private readonly T[] _items;

    private ValueList(T[] items) => _items = items;

    public static ValueList<T> Empty { get; } = new([]);

    public int Count => _items.Length;

    public T this[int index] => _items[index];

    public bool IsEmpty => _items.Length == 0;

    internal static ValueList<T> Wrap(T[] items) => items.Length == 0 ? Empty : new ValueList<T>(items);

    public bool Equals(ValueList<T>? other)
    {
        if (other is null)
        {
            return false;
        }

        return ReferenceEquals(this, other) || _items.AsSpan().SequenceEqual(other._items, EqualityComparer<T>.Default);
    }

    public override bool Equals(object? obj) => obj is ValueList<T> other && Equals(other);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(_items.Length);
        foreach (var item in _items)
        {
            hash.Add(item);
        }

        return hash.ToHashCode();
    }

    public ReadOnlySpan<T> AsSpan() => _items;

    public IEnumerator<T> GetEnumerator() => ((IEnumerable<T>)_items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => _items.GetEnumerator();

    public override string ToString() => $"[{string.Join(", ", _items)}]";
}

/// <summary>What the JSON writer needs to know about any <see cref="ValueList{T}"/>, whatever its element type.</summary>
internal interface IValueList
{
    bool IsEmpty { get; }
}

/// <summary>Factory methods for <see cref="ValueList{T}"/>.</summary>
internal static class ValueList
{
    public static ValueList<T> Create<T>(ReadOnlySpan<T> items) => ValueList<T>.Wrap(items.ToArray());

    public static ValueList<T> From<T>(IEnumerable<T>? items) => items switch
    {
        null => ValueList<T>.Empty,
        ValueList<T> list => list,
        _ => ValueList<T>.Wrap(items.ToArray()),
    };

    public static ValueList<T> From<T>(List<T>? items) =>
        items is null || items.Count == 0 ? ValueList<T>.Empty : ValueList<T>.Wrap(items.ToArray());
}

internal sealed class ValueListJsonConverterFactory : JsonConverterFactory
{
    public override bool CanConvert(Type typeToConvert) =>
        typeToConvert.IsGenericType && typeToConvert.GetGenericTypeDefinition() == typeof(ValueList<>);

    public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options)
    {
        var elementType = typeToConvert.GetGenericArguments()[0];
        var converterType = typeof(ValueListJsonConverter<>).MakeGenericType(elementType);
        return (JsonConverter)Activator.CreateInstance(converterType)!;
    }
}

internal sealed class ValueListJsonConverter<T> : JsonConverter<ValueList<T>>
{
    public override bool HandleNull => false;

    public override ValueList<T> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw new JsonException($"Expected a JSON array, found {reader.TokenType}.");
        }

        var items = new List<T>();
        while (true)
        {
            if (!reader.Read())
            {
                throw new JsonException("The JSON array is not closed.");
            }

            if (reader.TokenType == JsonTokenType.EndArray)
            {
                return ValueList.From(items);
            }

            if (reader.TokenType == JsonTokenType.Null)
            {
                throw new ListElementJsonException(Index(items.Count), "A list element cannot be null.", null);
            }

            T? item;
            try
            {
                item = JsonSerializer.Deserialize<T>(ref reader, options);
            }
            catch (JsonException ex)
            {
                // The nested call reports a path relative to the element; keep the element index and that
                // relative path so the caller can name the exact member ($.goodsShipment.goodsItems[3].netMass).
                var inner = ex.Path is { Length: > 1 } path ? path[1..] : string.Empty;
                var deeper = ex is ListElementJsonException nested ? nested.RelativePath : string.Empty;
                throw new ListElementJsonException(Index(items.Count) + inner + deeper, ListElementJsonException.WithoutLocation(ex.Message), ex);
            }

            items.Add(item ?? throw new ListElementJsonException(Index(items.Count), "A list element cannot be null.", null));
        }
    }

    private static string Index(int index) => string.Create(CultureInfo.InvariantCulture, $"[{index}]");

    public override void Write(Utf8JsonWriter writer, ValueList<T> value, JsonSerializerOptions options)
    {
        writer.WriteStartArray();
        foreach (var item in value)
        {
            JsonSerializer.Serialize(writer, item, options);
        }

        writer.WriteEndArray();
    }
}

/// <summary>
/// A JSON error inside a list element. The serializer fills <see cref="JsonException.Path"/> with the path of the
/// list itself; <see cref="RelativePath"/> adds the element index and the member inside the element.
/// </summary>
internal sealed class ListElementJsonException : JsonException
{
    public ListElementJsonException(string relativePath, string message, Exception? innerException)
        : base(message, innerException) => RelativePath = relativePath;

    public ListElementJsonException()
    {
        RelativePath = string.Empty;
    }

    public ListElementJsonException(string message)
        : base(message)
    {
        RelativePath = string.Empty;
    }

    public ListElementJsonException(string message, Exception innerException)
        : base(message, innerException)
    {
        RelativePath = string.Empty;
    }

    public string RelativePath { get; }

    /// <summary>The serializer appends " Path: … | LineNumber: … | BytePositionInLine: …" to its own messages.</summary>
    public static string WithoutLocation(string message)
    {
        var at = message.IndexOf(" Path: ", StringComparison.Ordinal);
        return at < 0 ? message : message[..at];
    }
}
