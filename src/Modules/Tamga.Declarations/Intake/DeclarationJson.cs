using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

using Tamga.Declarations.Domain;

namespace Tamga.Declarations.Intake;

/// <summary>
/// Tamga's JSON intake format: <see cref="DeclarationContent"/> serialized with the System.Text.Json web defaults
/// (camelCase). Unknown members are refused, nulls are refused where the model does not allow them, nesting is
/// bounded, and null values and empty lists are left out when writing.
/// </summary>
internal static class DeclarationJson
{
    /// <summary>The serializer options of the format (read-only).</summary>
    public static JsonSerializerOptions Options { get; } = CreateOptions(IntakeLimits.Default.MaxDepth, indented: false);

    /// <summary>The same options, writing indented JSON (for examples and documentation).</summary>
    public static JsonSerializerOptions IndentedOptions { get; } = CreateOptions(IntakeLimits.Default.MaxDepth, indented: true);

    /// <summary>Reads a JSON declaration held in memory (UTF-8).</summary>
    public static IntakeResult Read(ReadOnlySpan<byte> utf8Json, IntakeLimits? limits = null)
    {
        limits ??= IntakeLimits.Default;
        if (utf8Json.Length > limits.MaxDocumentBytes)
        {
            return IntakeResult.Failure(BoundedBuffer.TooLarge(limits.MaxDocumentBytes));
        }

        var options = limits.MaxDepth == IntakeLimits.Default.MaxDepth ? Options : CreateOptions(limits.MaxDepth, indented: false);
        DeclarationContent? content;
        try
        {
            content = JsonSerializer.Deserialize<DeclarationContent>(utf8Json, options);
        }
        catch (JsonException ex)
        {
            return IntakeResult.Failure(SyntaxProblem(utf8Json, limits.MaxDepth) ?? TypeProblem(ex, utf8Json, limits.MaxDepth));
        }

        if (content is null)
        {
            return IntakeResult.Failure(new IntakeProblem(1, 1, "$", "The document is null; expected a declaration object.", IntakeProblemKind.Type));
        }

        content = WithDerivedCommodityCodes(content);
        if (DeclarationKinds.Classify(content.FunctionCode, content.TypeCode) is not { } kind)
        {
            return IntakeResult.Failure(new IntakeProblem(
                0,
                0,
                "$.functionCode",
                $"functionCode '{content.FunctionCode}' with typeCode '{content.TypeCode}' is neither a declaration (9), an amendment (13/COR) nor a cancellation (13/INV).",
                IntakeProblemKind.UnsupportedMessage));
        }

        return IntakeResult.Success(kind, content);
    }

    /// <summary>Reads a JSON declaration from a stream such as an HTTP request body.</summary>
    public static async Task<IntakeResult> ReadAsync(Stream utf8Json, IntakeLimits? limits, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        limits ??= IntakeLimits.Default;
        var buffered = await BoundedBuffer.ReadAsync(utf8Json, limits.MaxDocumentBytes, cancellationToken);
        return buffered is { } bytes ? Read(bytes.Span, limits) : IntakeResult.Failure(BoundedBuffer.TooLarge(limits.MaxDocumentBytes));
    }

    /// <summary>Writes a declaration as compact JSON.</summary>
    public static string Write(DeclarationContent content, bool indented = false) =>
        JsonSerializer.Serialize(content, indented ? IndentedOptions : Options);

    /// <summary>Writes a declaration as compact UTF-8 JSON.</summary>
    public static byte[] WriteUtf8(DeclarationContent content) => JsonSerializer.SerializeToUtf8Bytes(content, Options);

    /// <summary>Goods items given with classifications but no commodity code get the code derived as the XML reader does.</summary>
    private static DeclarationContent WithDerivedCommodityCodes(DeclarationContent content)
    {
        if (content.GoodsShipment is not { } shipment
            || !shipment.GoodsItems.Any(static item => item.CommodityCode is null && !item.Classifications.IsEmpty))
        {
            return content;
        }

        var items = shipment.GoodsItems
            .Select(static item => item.CommodityCode is null && !item.Classifications.IsEmpty
                ? item with { CommodityCode = CommodityCodes.FromClassifications(item.Classifications) }
                : item);
        return content with { GoodsShipment = shipment with { GoodsItems = ValueList.From(items) } };
    }

    /// <summary>
    /// Scans the document with a plain reader to tell malformed or too deeply nested JSON (null when the JSON is
    /// well-formed, so the serializer's error is about types or members).
    /// </summary>
    private static IntakeProblem? SyntaxProblem(ReadOnlySpan<byte> utf8Json, int maxDepth)
    {
        var reader = new Utf8JsonReader(utf8Json, new JsonReaderOptions { MaxDepth = maxDepth });
        try
        {
            while (reader.Read())
            {
            }

            return null;
        }
        catch (JsonException ex)
        {
            var (line, column) = Position(ex);

            // The reader stops on the container that would open one level too many; the last token read is the
            // container just above it.
            var tooDeep = reader.CurrentDepth >= maxDepth - 1 && reader.TokenType is JsonTokenType.StartArray or JsonTokenType.StartObject;
            return new IntakeProblem(
                line,
                column,
                null,
                tooDeep ? string.Create(CultureInfo.InvariantCulture, $"Values are nested deeper than {maxDepth} levels.") : ListElementJsonException.WithoutLocation(ex.Message),
                tooDeep ? IntakeProblemKind.TooDeep : IntakeProblemKind.Syntax);
        }
    }

    private static IntakeProblem TypeProblem(JsonException ex, ReadOnlySpan<byte> utf8Json, int maxDepth)
    {
        var path = ex.Path ?? "$";
        var (line, column) = Position(ex);
        if (ex is ListElementJsonException element)
        {
            // Inside a list element the serializer's position is relative to the element; find the member instead.
            path += element.RelativePath;
            if (JsonPathLocator.Find(utf8Json, path, maxDepth) is { } offset)
            {
                (line, column) = TextPosition.Of(utf8Json, offset);
            }
        }

        return new IntakeProblem(line, column, path, ListElementJsonException.WithoutLocation(ex.Message), IntakeProblemKind.Type);
    }

    /// <summary>1-based line and column (the serializer's are 0-based).</summary>
    private static (int Line, int Column) Position(JsonException ex) => (
        ex.LineNumber is { } line ? (int)Math.Min(line + 1, int.MaxValue) : 0,
        ex.BytePositionInLine is { } position ? (int)Math.Min(position + 1, int.MaxValue) : 0);

    private static JsonSerializerOptions CreateOptions(int maxDepth, bool indented)
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
            MaxDepth = maxDepth,
            RespectNullableAnnotations = true,
            RespectRequiredConstructorParameters = true,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            AllowDuplicateProperties = false,
            WriteIndented = indented,
            TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { OmitEmptyLists } },
        };
        options.MakeReadOnly();
        return options;
    }

    private static void OmitEmptyLists(JsonTypeInfo typeInfo)
    {
        if (typeInfo.Kind != JsonTypeInfoKind.Object)
        {
            return;
        }

        foreach (var property in typeInfo.Properties)
        {
            if (typeof(IValueList).IsAssignableFrom(property.PropertyType))
            {
                property.ShouldSerialize = static (_, value) => value is IValueList { IsEmpty: false };
            }
        }
    }
}
