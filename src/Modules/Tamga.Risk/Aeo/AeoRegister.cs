using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tamga.Declarations.Contracts;
using Tamga.Risk.Data;
using Tamga.Risk.Parties;

namespace Tamga.Risk.Aeo;

/// <summary>An AEO authorisation in force for a party of the declaration, in its role.</summary>
internal sealed record AeoStatus(string Role, string Identifier, AeoAuthorisation Authorisation);

/// <summary>
/// The AEO authorisations registered by analysts, held in memory for selectivity (no query per declaration) and
/// reloaded after each change. Only the register counts: an AEO type declared in DE 3/39 without an authorisation
/// in force here lowers nothing.
/// </summary>
internal sealed class AeoRegister(IServiceScopeFactory scopes)
{
    private volatile IReadOnlyDictionary<string, AeoAuthorisation[]> _byIdentifier = new Dictionary<string, AeoAuthorisation[]>();

    public async Task LoadAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RiskDbContext>();
        Use(await db.AeoAuthorisations.AsNoTracking().Where(a => a.RevokedBy == null).ToListAsync(cancellationToken));
    }

    /// <summary>Replaces the register in memory (tests, and after a change).</summary>
    public void Use(IEnumerable<AeoAuthorisation> authorisations) =>
        _byIdentifier = authorisations.Where(a => a.RevokedAt is null).GroupBy(a => a.Identifier, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);

    /// <summary>The authorisation in force on <paramref name="day"/> for the importer, or else the declarant; null when neither holds one.</summary>
    public AeoStatus? For(DeclarationFacts declaration, DateOnly day)
    {
        var register = _byIdentifier;
        if (register.Count == 0)
        {
            return null;
        }

        foreach (var (role, raw) in new[] { (PartyRoles.Importer, declaration.ImporterId), (PartyRoles.Declarant, declaration.DeclarantId) })
        {
            var country = declaration.Parties.FirstOrDefault(p => p.Role == role)?.Country;
            if (PartyKeys.Identifier(raw, country) is { } identifier && register.TryGetValue(identifier, out var held)
                && held.Where(a => a.IsValidOn(day)).OrderBy(a => a.Type == "AEOF" ? 0 : 1).FirstOrDefault() is { } authorisation)
            {
                return new AeoStatus(role, identifier, authorisation);
            }
        }

        return null;
    }
}
