namespace Tamga.Declarations;

/// <summary>The module's routes, in one place.</summary>
internal static class DeclarationsApi
{
    public const string Declarations = "/api/v1/declarations";
    public const string Queue = "/api/v1/control/queue";
    public const string Callbacks = "/api/v1/callbacks";

    public static string Declaration(Guid id) => $"{Declarations}/{id}";
}
