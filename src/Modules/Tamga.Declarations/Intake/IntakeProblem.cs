using System.Diagnostics.CodeAnalysis;

using Tamga.Declarations.Domain;

namespace Tamga.Declarations.Intake;

/// <summary>Why a submitted document could not be read.</summary>
internal enum IntakeProblemKind
{
    /// <summary>The XML is not well-formed or the JSON is not valid JSON.</summary>
    Syntax,

    /// <summary>The XML does not conform to the DEC-DMS schema.</summary>
    Schema,

    /// <summary>A value of the wrong type or an unknown member in JSON.</summary>
    Type,

    /// <summary>The document contains a DTD (refused: entity expansion and external entities are attack vectors).</summary>
    Dtd,

    /// <summary>The document nests deeper than allowed.</summary>
    TooDeep,

    /// <summary>The document is larger than allowed.</summary>
    TooLarge,

    /// <summary>The root element is neither a DEC-DMS <c>MetaData</c> nor a submission envelope.</summary>
    WrongRoot,

    /// <summary>The function code and type code do not make a declaration, an amendment or a cancellation.</summary>
    UnsupportedMessage,
}

/// <summary>
/// One problem found while reading a submitted document. <see cref="Line"/> and <see cref="Column"/> are 1-based
/// (0 when unknown); <see cref="Location"/> is the XML element's local name or the JSON path.
/// </summary>
internal sealed record IntakeProblem(int Line, int Column, string? Location, string Message, IntakeProblemKind Kind);

/// <summary>A message that was read successfully: what kind it is and its content.</summary>
internal sealed record ParsedDeclaration(DeclarationKind Kind, DeclarationContent Content);

/// <summary>The outcome of reading a submitted document: either the declaration or the problems that prevented reading it.</summary>
internal sealed class IntakeResult
{
    private IntakeResult(ParsedDeclaration? declaration, IReadOnlyList<IntakeProblem> problems)
    {
        Declaration = declaration;
        Problems = problems;
    }

    public ParsedDeclaration? Declaration { get; }

    /// <summary>Empty when the document was read.</summary>
    public IReadOnlyList<IntakeProblem> Problems { get; }

    [MemberNotNullWhen(true, nameof(Declaration))]
    public bool Succeeded => Declaration is not null;

    public static IntakeResult Success(DeclarationKind kind, DeclarationContent content) => new(new ParsedDeclaration(kind, content), []);

    public static IntakeResult Failure(IReadOnlyList<IntakeProblem> problems) =>
        problems.Count == 0 ? throw new ArgumentException("A failure needs at least one problem.", nameof(problems)) : new(null, problems);

    public static IntakeResult Failure(IntakeProblem problem) => new(null, [problem]);
}
