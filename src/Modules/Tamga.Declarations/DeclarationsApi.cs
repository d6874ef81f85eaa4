namespace Tamga.Declarations;

/// <summary>The module's routes, in one place.</summary>
internal static class DeclarationsApi
{
    public const string Declarations = "/api/v1/declarations";
    public const string Queue = "/api/v1/control/queue";
    public const string Callbacks = "/api/v1/callbacks";

    public static string Declaration(Guid id) => $"{Declarations}/{id}";
}

/// <summary>The module's web pages, in one place.</summary>
internal static class DeclarationPages
{
    public const string MyDeclarations = "/declarations";
    public const string Lodge = "/lodge";
    public const string LodgeUpload = "/lodge/upload";
    public const string WorkQueue = "/control";

    public static string Declaration(Guid id) => $"{MyDeclarations}/{id}";

    public static string Amend(Guid id) => $"{MyDeclarations}/{id}/amend";

    public static string Control(Guid id) => $"{WorkQueue}/{id}";

    public static string Document(Guid declaration, Guid request) => $"{DeclarationsApi.Declaration(declaration)}/documents/{request}";
}
