using System.Globalization;
using Tamga.Declarations.Contracts;
using Tamga.Declarations.Processing;

namespace Tamga.Declarations.Intake;

/// <summary>Reads a WCO DEC-DMS document into facts with the same reader and mapping as lodging, without storing anything.</summary>
internal sealed class DeclarationDocuments : IDeclarationDocuments
{
    private readonly DecDmsReader _reader = new();

    public DeclarationDocument ReadDecDms(ReadOnlyMemory<byte> document)
    {
        var result = _reader.Read(document);
        if (!result.Succeeded)
        {
            return new DeclarationDocument(null, result.Problems
                .Select(p => string.Create(CultureInfo.InvariantCulture, $"line {p.Line}, column {p.Column}{(p.Location is null ? "" : " (" + p.Location + ")")}: {p.Message}"))
                .ToList());
        }

        return new DeclarationDocument(DeclarationIntake.Facts(result.Declaration!.Content, Guid.Empty), []);
    }
}
