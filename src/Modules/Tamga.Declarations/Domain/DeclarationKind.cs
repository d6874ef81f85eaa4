namespace Tamga.Declarations.Domain;

/// <summary>What a submitted message is: a new declaration, an amendment of one, or a request to cancel one.</summary>
internal enum DeclarationKind
{
    /// <summary>Function code 9.</summary>
    Original,

    /// <summary>Function code 13 with type code <c>COR</c>.</summary>
    Amendment,

    /// <summary>Function code 13 with type code <c>INV</c> (invalidation).</summary>
    Cancellation,
}

internal static class DeclarationKinds
{
    public const string OriginalFunctionCode = "9";
    public const string AdditionalMessageFunctionCode = "13";
    public const string AmendmentTypeCode = "COR";
    public const string CancellationTypeCode = "INV";

    /// <summary>The kind of a message from its function code and type code; null when the combination is not supported.</summary>
    public static DeclarationKind? Classify(string? functionCode, string? typeCode) => (functionCode, typeCode) switch
    {
        (OriginalFunctionCode, _) => DeclarationKind.Original,
        (AdditionalMessageFunctionCode, AmendmentTypeCode) => DeclarationKind.Amendment,
        (AdditionalMessageFunctionCode, CancellationTypeCode) => DeclarationKind.Cancellation,
        _ => null,
    };
}
