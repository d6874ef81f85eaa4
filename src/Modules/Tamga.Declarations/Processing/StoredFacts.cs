using System.Text;
using Tamga.Declarations.Contracts;
using Tamga.Declarations.Domain;
using Tamga.Declarations.Intake;

namespace Tamga.Declarations.Processing;

/// <summary>The facts of a stored declaration's current version (kept as Tamga JSON, which intake reads back).</summary>
internal static class StoredFacts
{
    public static DeclarationFacts? Of(Declaration declaration)
    {
        var read = DeclarationJson.Read(Encoding.UTF8.GetBytes(declaration.Content));
        return read.Succeeded ? DeclarationIntake.Facts(read.Declaration.Content, declaration.Id) : null;
    }
}
