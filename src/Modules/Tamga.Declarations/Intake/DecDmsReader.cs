using System.Globalization;
using System.Runtime.InteropServices;
using System.Xml;
using System.Xml.Schema;

using Tamga.Declarations.Domain;

namespace Tamga.Declarations.Intake;

/// <summary>Limits applied when reading a submitted document.</summary>
internal sealed record IntakeLimits
{
    /// <summary>Largest document accepted, in bytes (8 MiB by default).</summary>
    public int MaxDocumentBytes { get; init; } = 8 * 1024 * 1024;

    /// <summary>Deepest element (XML) or value (JSON) nesting accepted.</summary>
    public int MaxDepth { get; init; } = 64;

    /// <summary>How many schema errors are collected before reading stops.</summary>
    public int MaxSchemaErrors { get; init; } = 50;

    public static IntakeLimits Default { get; } = new();
}

/// <summary>
/// Reads a WCO DEC-DMS 3.6 declaration, amendment or cancellation: either a bare <c>md:MetaData</c> document or
/// one wrapped in the MDG <c>v1:submitDeclarationRequest</c> envelope (whose inner <c>md:MetaData</c> is what is
/// read and validated). One pass with a schema-validating reader feeds the mapping to <see cref="DeclarationContent"/>.
/// DTDs are refused, nothing external is resolved, and size and nesting are bounded. Thread-safe.
/// </summary>
internal sealed class DecDmsReader(IntakeLimits? limits = null)
{
    private const string MetaDataElement = "MetaData";
    private const string EnvelopeElement = "submitDeclarationRequest";
    private const string EnvelopeDetailElement = "requestDetail";

    private readonly IntakeLimits _limits = limits ?? IntakeLimits.Default;

    public IntakeLimits Limits => _limits;

    /// <summary>Reads a document held in memory.</summary>
    public IntakeResult Read(ReadOnlyMemory<byte> document)
    {
        if (document.Length > _limits.MaxDocumentBytes)
        {
            return IntakeResult.Failure(BoundedBuffer.TooLarge(_limits.MaxDocumentBytes));
        }

        var first = Parse(document, DecDmsSchemas.Submission);
        if (first.Content is { } content
            && DeclarationKinds.Classify(content.FunctionCode, content.TypeCode) == DeclarationKind.Cancellation)
        {
            // A cancellation has its own schema pair (customs/wrapper_cancel.xsd); it is known only once read.
            return Complete(Parse(document, DecDmsSchemas.Cancellation));
        }

        return Complete(first);
    }

    /// <summary>Reads a document from a stream, synchronously (at most <see cref="IntakeLimits.MaxDocumentBytes"/> are buffered).</summary>
    public IntakeResult Read(Stream document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var buffered = BoundedBuffer.Read(document, _limits.MaxDocumentBytes);
        return buffered is { } bytes ? Read(bytes) : IntakeResult.Failure(BoundedBuffer.TooLarge(_limits.MaxDocumentBytes));
    }

    /// <summary>Reads a document from a stream such as an HTTP request body (at most <see cref="IntakeLimits.MaxDocumentBytes"/> are buffered).</summary>
    public async Task<IntakeResult> ReadAsync(Stream document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        var buffered = await BoundedBuffer.ReadAsync(document, _limits.MaxDocumentBytes, cancellationToken);
        return buffered is { } bytes ? Read(bytes) : IntakeResult.Failure(BoundedBuffer.TooLarge(_limits.MaxDocumentBytes));
    }

    private static IntakeResult Complete(ParseOutcome outcome)
    {
        if (outcome.Problems.Count > 0)
        {
            return IntakeResult.Failure(outcome.Problems);
        }

        if (outcome.Content is not { } content)
        {
            return IntakeResult.Failure(new IntakeProblem(
                outcome.Line, outcome.Column, MetaDataElement, "The MetaData element holds no Declaration.", IntakeProblemKind.Schema));
        }

        if (DeclarationKinds.Classify(content.FunctionCode, content.TypeCode) is not { } kind)
        {
            return IntakeResult.Failure(new IntakeProblem(
                outcome.Line,
                outcome.Column,
                "Declaration",
                $"FunctionCode '{content.FunctionCode}' with TypeCode '{content.TypeCode}' is neither a declaration (9), an amendment (13/COR) nor a cancellation (13/INV).",
                IntakeProblemKind.UnsupportedMessage));
        }

        return IntakeResult.Success(kind, content);
    }

    private ParseOutcome Parse(ReadOnlyMemory<byte> document, XmlSchemaSet schemas)
    {
        var problems = new List<IntakeProblem>();
        XmlReader? validating = null;
        var schemaErrors = 0;

        void OnValidation(object? sender, ValidationEventArgs e)
        {
            if (e.Severity != XmlSeverityType.Error)
            {
                return;
            }

            var element = validating?.LocalName;
            problems.Add(new IntakeProblem(
                e.Exception.LineNumber,
                e.Exception.LinePosition,
                string.IsNullOrEmpty(element) ? null : element,
                e.Message,
                IntakeProblemKind.Schema));
            if (++schemaErrors >= _limits.MaxSchemaErrors)
            {
                throw new TooManySchemaErrorsException();
            }
        }

        using var stream = AsStream(document);
        var rawSettings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            MaxCharactersInDocument = _limits.MaxDocumentBytes,
            MaxCharactersFromEntities = 1024,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
            IgnoreWhitespace = true,
            CloseInput = false,
        };

        DeclarationContent? content = null;
        (int Line, int Column) position = (0, 0);
        using var raw = XmlReader.Create(stream, rawSettings);
        try
        {
            raw.MoveToContent();
            if (!MoveToMetaData(raw, out var wrongRoot))
            {
                problems.Add(wrongRoot);
                return new ParseOutcome(null, problems, 0, 0);
            }

            var validatingSettings = new XmlReaderSettings
            {
                DtdProcessing = DtdProcessing.Prohibit,
                XmlResolver = null,
                ValidationType = ValidationType.Schema,
                Schemas = schemas,
                ValidationFlags = XmlSchemaValidationFlags.None,
                IgnoreComments = true,
                IgnoreProcessingInstructions = true,
                IgnoreWhitespace = true,
            };
            validatingSettings.ValidationEventHandler += OnValidation;

            var metaDataDepth = raw.Depth;
            position = LinePosition(raw);
            using (var subtree = raw.ReadSubtree())
            using (validating = XmlReader.Create(subtree, validatingSettings))
            {
                validating.MoveToContent();
                var mapping = new DecDmsMapping(validating, metaDataDepth, _limits.MaxDepth);
                content = mapping.ReadMetaData();
                if (mapping.DeclarationPosition != default)
                {
                    position = mapping.DeclarationPosition;
                }
            }

            // The rest of the document (the envelope's end, or nothing) must be well-formed and shallow too.
            while (raw.Read())
            {
                if (raw.NodeType == XmlNodeType.Element && raw.Depth > _limits.MaxDepth)
                {
                    var (line, column) = LinePosition(raw);
                    throw new DocumentTooDeepException(line, column, raw.LocalName);
                }
            }
        }
        catch (XmlException ex)
        {
            problems.Add(FromXmlException(ex, document.Span));
            content = null;
        }
        catch (DocumentTooDeepException ex)
        {
            problems.Add(new IntakeProblem(ex.Line, ex.Column, ex.Element, string.Create(CultureInfo.InvariantCulture, $"Elements are nested deeper than {_limits.MaxDepth} levels."), IntakeProblemKind.TooDeep));
            content = null;
        }
        catch (TooManySchemaErrorsException)
        {
            content = null;
        }

        return new ParseOutcome(content, problems, position.Line, position.Column);
    }

    /// <summary>
    /// Positions <paramref name="reader"/> on the <c>md:MetaData</c> element: the root itself, or the one inside
    /// <c>v1:submitDeclarationRequest/v1:requestDetail</c>.
    /// </summary>
    private bool MoveToMetaData(XmlReader reader, out IntakeProblem problem)
    {
        problem = null!;
        if (reader.NodeType == XmlNodeType.Element && reader.LocalName == MetaDataElement && reader.NamespaceURI == DecDmsSchemas.MetaDataNamespace)
        {
            return true;
        }

        var (line, column) = LinePosition(reader);
        if (reader.NodeType == XmlNodeType.Element && reader.LocalName == EnvelopeElement && reader.NamespaceURI == DecDmsSchemas.EnvelopeNamespace)
        {
            if (MoveToChild(reader, EnvelopeDetailElement, DecDmsSchemas.EnvelopeNamespace)
                && MoveToChild(reader, MetaDataElement, DecDmsSchemas.MetaDataNamespace))
            {
                return true;
            }

            problem = new IntakeProblem(line, column, EnvelopeElement, "The submitDeclarationRequest envelope holds no requestDetail/MetaData element.", IntakeProblemKind.WrongRoot);
            return false;
        }

        var name = reader.NodeType == XmlNodeType.Element ? $"'{reader.LocalName}' in namespace '{reader.NamespaceURI}'" : "missing";
        problem = new IntakeProblem(
            line,
            column,
            reader.NodeType == XmlNodeType.Element ? reader.LocalName : null,
            $"The root element is {name}; expected MetaData in namespace '{DecDmsSchemas.MetaDataNamespace}' or submitDeclarationRequest in namespace '{DecDmsSchemas.EnvelopeNamespace}'.",
            IntakeProblemKind.WrongRoot);
        return false;
    }

    /// <summary>Moves from an element to its first child element with the given name.</summary>
    private bool MoveToChild(XmlReader reader, string localName, string namespaceUri)
    {
        if (reader.IsEmptyElement)
        {
            return false;
        }

        var depth = reader.Depth;
        while (reader.Read() && reader.Depth > depth)
        {
            if (reader.NodeType != XmlNodeType.Element)
            {
                continue;
            }

            if (reader.Depth > _limits.MaxDepth)
            {
                var (line, column) = LinePosition(reader);
                throw new DocumentTooDeepException(line, column, reader.LocalName);
            }

            if (reader.Depth == depth + 1 && reader.LocalName == localName && reader.NamespaceURI == namespaceUri)
            {
                return true;
            }
        }

        return false;
    }

    private static IntakeProblem FromXmlException(XmlException ex, ReadOnlySpan<byte> document)
    {
        // XmlException carries no error code; the DTD and size refusals are recognised by the settings they name.
        var message = ex.Message;
        var kind = message.Contains("DTD", StringComparison.Ordinal) ? IntakeProblemKind.Dtd
            : message.Contains(nameof(XmlReaderSettings.MaxCharactersInDocument), StringComparison.Ordinal) ? IntakeProblemKind.TooLarge
            : IntakeProblemKind.Syntax;
        var (line, column) = (ex.LineNumber, ex.LinePosition);
        if (kind == IntakeProblemKind.Dtd && line == 0 && document.IndexOf("<!DOCTYPE"u8) is var at and >= 0)
        {
            // The refusal of a DTD comes without a position; point at the declaration.
            (line, column) = TextPosition.Of(document, at);
        }

        return new IntakeProblem(line, column, kind == IntakeProblemKind.Dtd ? "DOCTYPE" : null, message, kind);
    }

    private static (int Line, int Column) LinePosition(XmlReader reader) =>
        reader is IXmlLineInfo info && info.HasLineInfo() ? (info.LineNumber, info.LinePosition) : (0, 0);

    private static MemoryStream AsStream(ReadOnlyMemory<byte> document) =>
        MemoryMarshal.TryGetArray(document, out var segment) && segment.Array is not null
            ? new MemoryStream(segment.Array, segment.Offset, segment.Count, writable: false)
            : new MemoryStream(document.ToArray(), writable: false);

    private sealed record ParseOutcome(DeclarationContent? Content, List<IntakeProblem> Problems, int Line, int Column);

    private sealed class TooManySchemaErrorsException : Exception
    {
    }
}
