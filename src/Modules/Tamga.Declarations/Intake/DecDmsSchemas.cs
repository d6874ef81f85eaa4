using System.Xml;
using System.Xml.Schema;

namespace Tamga.Declarations.Intake;

/// <summary>
/// The WCO DEC-DMS 3.6 schema sets shipped in <c>Schemas/</c> next to the assembly, each compiled once on first
/// use and shared: a compiled <see cref="XmlSchemaSet"/> is only read while validating.
/// </summary>
internal static class DecDmsSchemas
{
    public const string MetaDataNamespace = "urn:wco:datamodel:WCO:DocumentMetaData-DMS:2";
    public const string DeclarationNamespace = "urn:wco:datamodel:WCO:DEC-DMS:2";
    public const string ResponseNamespace = "urn:wco:datamodel:WCO:RES-DMS:2";
    public const string ResponseDataNamespace = "urn:wco:datamodel:WCO:Response_DS:DMS:2";
    public const string EnvelopeNamespace = "http://uk/gov/hmrc/mdg/declarationmanagement/submitdeclaration/request/schema/v1";

    private static readonly Lazy<XmlSchemaSet> SubmissionSet = new(
        () => Compile("wco/declaration/DocumentMetaData_2_DMS.xsd", "wco/declaration/WCO_DEC_2_DMS.xsd"));

    private static readonly Lazy<XmlSchemaSet> CancellationSet = new(
        () => Compile("wco/declaration/CANCEL_METADATA.xsd", "wco/declaration/CANCEL.xsd"));

    // WCO_RES_2_DMS.xsd imports the declaration schema, which brings its own copy of the UN/CEFACT data types in
    // the same namespace; one copy is used (the notification's, as the first one imported) or the types clash.
    private static readonly Lazy<XmlSchemaSet> NotificationSet = new(
        () => Compile(("wco/declaration/UNECE/", "wco/notification/UNECE/"), "wco/notification/DocumentMetaData_2_DMS.xsd", "wco/notification/WCO_RES_2_DMS.xsd"));

    /// <summary>The folder holding the schemas: <c>Schemas/</c> under the application's base directory.</summary>
    public static string Root { get; } = Path.Combine(AppContext.BaseDirectory, "Schemas");

    /// <summary>Declarations and amendments: <c>DocumentMetaData_2_DMS.xsd</c> + <c>WCO_DEC_2_DMS.xsd</c>, as <c>customs/wrapper_submit.xsd</c>.</summary>
    public static XmlSchemaSet Submission => SubmissionSet.Value;

    /// <summary>Cancellations: <c>CANCEL_METADATA.xsd</c> + <c>CANCEL.xsd</c>, as <c>customs/wrapper_cancel.xsd</c>.</summary>
    public static XmlSchemaSet Cancellation => CancellationSet.Value;

    /// <summary>Notifications: <c>notification/DocumentMetaData_2_DMS.xsd</c> + <c>WCO_RES_2_DMS.xsd</c>.</summary>
    public static XmlSchemaSet Notification => NotificationSet.Value;

    private static XmlSchemaSet Compile(params string[] relativePaths) => Compile(null, relativePaths);

    private static XmlSchemaSet Compile((string From, string To)? redirect, params string[] relativePaths)
    {
        var set = new XmlSchemaSet { XmlResolver = new SchemaFolderResolver(Root, redirect) };
        foreach (var relativePath in relativePaths)
        {
            var path = Path.Combine(Root, relativePath.Replace('/', Path.DirectorySeparatorChar));
            if (!File.Exists(path))
            {
                throw new FileNotFoundException($"The DEC-DMS schema '{relativePath}' is not shipped with the application.", path);
            }

            set.Add(null, path);
        }

        set.Compile();
        return set;
    }

    /// <summary>
    /// Resolves the schemas' own includes and imports, and nothing outside the schema folder; can redirect one
    /// sub-folder to another so that a schema is loaded once.
    /// </summary>
    private sealed class SchemaFolderResolver(string root, (string From, string To)? redirect) : XmlUrlResolver
    {
        private readonly string _root = Path.GetFullPath(root) + Path.DirectorySeparatorChar;

        public override Uri ResolveUri(Uri? baseUri, string? relativeUri)
        {
            var resolved = base.ResolveUri(baseUri, relativeUri);
            if (redirect is not { } r || !resolved.IsFile)
            {
                return resolved;
            }

            var from = _root + r.From.Replace('/', Path.DirectorySeparatorChar);
            var path = Path.GetFullPath(resolved.LocalPath);
            return path.StartsWith(from, StringComparison.Ordinal)
                ? new Uri(_root + r.To.Replace('/', Path.DirectorySeparatorChar) + path[from.Length..])
                : resolved;
        }

        public override object? GetEntity(Uri absoluteUri, string? role, Type? ofObjectToReturn)
        {
            if (!absoluteUri.IsFile || !Path.GetFullPath(absoluteUri.LocalPath).StartsWith(_root, StringComparison.Ordinal))
            {
                throw new XmlException($"Schema location '{absoluteUri}' is outside the schema folder.");
            }

            return base.GetEntity(absoluteUri, role, ofObjectToReturn);
        }
    }
}
