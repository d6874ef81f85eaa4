using System.Security.Claims;
using Tamga.Declarations.Contracts;
using Tamga.Declarations.Domain;
using Tamga.Platform.Organisation;

namespace Tamga.Declarations.ReadDeclarations;

/// <summary>
/// What the declarant is told of selectivity: the channel and the control it means, never the criteria, scores,
/// profiles, party histories or skills behind it — risk criteria stay with customs, or they would teach how to pass
/// them. Officers, supervisors, analysts, auditors and administrators see everything.
/// </summary>
internal static class DeclarantView
{
    public const string DocumentaryCheck = "selected for a documentary check";
    public const string PhysicalExamination = "selected for a physical examination";

    /// <summary>The declarations module's own reason that the declarant must know: the duties it could not calculate.</summary>
    private const string DutiesToDetermine = "duties to be determined by an officer";

    private static readonly string[] Officials = [Roles.Officer, Roles.Supervisor, Roles.Analyst, Roles.Auditor, Roles.Admin];

    public static bool SeesRiskReasons(ClaimsPrincipal viewer) => Officials.Any(viewer.IsInRole);

    public static IReadOnlyList<string> Reasons(Channel? channel, IReadOnlyList<string> reasons)
    {
        var told = new List<string>(2);
        if (channel == Channel.Yellow)
        {
            told.Add(DocumentaryCheck);
        }
        else if (channel == Channel.Red)
        {
            told.Add(PhysicalExamination);
        }

        told.AddRange(reasons.Where(r => r.StartsWith(DutiesToDetermine, StringComparison.Ordinal)));
        return told;
    }

    /// <summary>A step of the timeline as the declarant reads it: selectivity steps without their reasons.</summary>
    public static string StepReason(StatusChange step) => step.Actor switch
    {
        "system:selectivity" when step.Status == DeclarationStatus.UnderControl =>
            step.Reason.StartsWith("red", StringComparison.Ordinal) ? "red channel: physical examination" : "yellow channel: documentary check",
        "system:selectivity" when step.Status == DeclarationStatus.AwaitingPayment => "green channel, duties due",
        "system:automatic-release" => "green channel",
        _ => step.Reason,
    };
}
