namespace Tamga.Declarations.Processing;

/// <summary>The formats a declaration can be lodged in.</summary>
internal enum BodyFormat
{
    Json,
    Xml,
}

/// <summary>Reads a submitted body (Tamga JSON or WCO DEC-DMS XML) and checks the business rules.</summary>
internal interface IDeclarationIntake
{
    IntakeOutcome Read(ReadOnlyMemory<byte> body, BodyFormat format, Guid declarationId);
}
