using Microsoft.AspNetCore.Authorization;
using Tamga.Platform.Organisation;

namespace Tamga.Platform.Security;

/// <summary>Named authorisation policies; endpoints use them with <c>RequireAuthorization(Policies.X)</c>.</summary>
public static class Policies
{
    public const string Trader = "trader";
    public const string Officer = "officer";
    public const string Administrator = "admin";
    public const string Auditor = "auditor";

    /// <summary>Revenue accounting: accounts, guarantees, recorded payments, refund decisions (finance, officers, supervisors).</summary>
    public const string Finance = "finance";

    internal static void Add(AuthorizationOptions options)
    {
        options.AddPolicy(Trader, p => p.RequireRole(Roles.Trader).RequireClaim(TamgaClaims.Party));
        options.AddPolicy(Officer, p => p.RequireRole(Roles.Officer, Roles.Supervisor));
        options.AddPolicy(Administrator, p => p.RequireRole(Roles.Admin));
        options.AddPolicy(Finance, p => p.RequireRole(Roles.Finance, Roles.Officer, Roles.Supervisor));
        options.AddPolicy(Auditor, p => p.RequireRole(Roles.Auditor, Roles.Admin));
    }
}
