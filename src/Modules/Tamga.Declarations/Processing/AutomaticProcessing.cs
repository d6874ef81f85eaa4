using Microsoft.Extensions.Options;
using Tamga.Declarations.Contracts;
using Tamga.Declarations.Domain;
using Tamga.Kernel.Identifiers;
using Tamga.Platform.Organisation;

namespace Tamga.Declarations.Processing;

/// <summary>
/// What happens without a human once a declaration is valid: registration with an MRN, risk assessment,
/// duty assessment, then the channel — green released, yellow and red to the office's queue.
/// </summary>
internal sealed class AutomaticProcessing(
    IRiskAssessment risk,
    IDutyAssessment duties,
    OfficeRegister offices,
    IOptions<DeclarationsOptions> options,
    TimeProvider clock)
{
    public async Task RegisterAndRouteAsync(Declaration declaration, DeclarationFacts facts, CancellationToken cancellationToken)
    {
        var at = clock.GetUtcNow();
        declaration.Register(Mrn.Issue(at, options.Value.AdministrationCountry, ProcedureCharacter(facts.TypeCode)).Value, at);
        await RouteAsync(declaration, facts, cancellationToken);
    }

    /// <summary>Risk, duties and channel; used again after an amendment.</summary>
    public async Task RouteAsync(Declaration declaration, DeclarationFacts facts, CancellationToken cancellationToken)
    {
        var decision = await risk.AssessAsync(facts, cancellationToken);
        var assessment = await duties.AssessAsync(facts, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime), cancellationToken);
        var office = await ControlOfficeAsync(facts, cancellationToken);
        declaration.Route(decision, assessment, office, clock.GetUtcNow());
    }

    /// <summary>The office of presentation (DE 5/26) when the register knows it, else the supervising office (DE 5/27), else the default.</summary>
    private async Task<string> ControlOfficeAsync(DeclarationFacts facts, CancellationToken cancellationToken)
    {
        if (await offices.FindAsync(facts.PresentationOffice, cancellationToken) is { } presentation)
        {
            return presentation.Code;
        }

        if (await offices.FindAsync(facts.SupervisingOffice, cancellationToken) is { } supervising)
        {
            return supervising.Code;
        }

        return options.Value.DefaultControlOffice;
    }

    /// <summary>The MRN's procedure character (EU/UK): R import, A export, V special fiscal territories.</summary>
    public static char ProcedureCharacter(string typeCode) => typeCode.Length >= 2 ? typeCode[..2] switch
    {
        "EX" => 'A',
        "CO" => 'V',
        _ => 'R',
    } : 'R';
}
