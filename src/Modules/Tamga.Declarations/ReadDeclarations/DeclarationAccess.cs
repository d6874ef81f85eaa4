using System.Security.Claims;
using Tamga.Declarations.Domain;
using Tamga.Platform.Organisation;
using Tamga.Platform.Security;

namespace Tamga.Declarations.ReadDeclarations;

/// <summary>
/// Who sees which declaration: a trader the declarations its party takes part in (declarant, representative,
/// importer, exporter); an officer those routed to its offices or the offices it supervises; auditors and
/// administrators all, read only.
/// </summary>
internal sealed class DeclarationAccess(OfficeRegister offices)
{
    public async Task<Scope> ScopeAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (user.IsInRole(Roles.Auditor) || user.IsInRole(Roles.Admin))
        {
            return new Scope(null, null, All: true);
        }

        IReadOnlyList<string>? jurisdiction = null;
        if (user.IsInRole(Roles.Officer) || user.IsInRole(Roles.Supervisor))
        {
            jurisdiction = await offices.JurisdictionAsync(user.Offices(), cancellationToken);
        }

        var party = user.IsInRole(Roles.Trader) ? user.PartyId() : null;
        return new Scope(party, jurisdiction, All: false);
    }

    public sealed record Scope(string? Party, IReadOnlyList<string>? Offices, bool All)
    {
        public bool CanRead(Declaration declaration) =>
            All
            || (Party is not null && declaration.IsReadableBy(Party))
            || (Offices is not null && declaration.ControlOffice is not null && Offices.Contains(declaration.ControlOffice));

        public bool CanControl(Declaration declaration) =>
            Offices is not null && declaration.ControlOffice is not null && Offices.Contains(declaration.ControlOffice);
    }
}
