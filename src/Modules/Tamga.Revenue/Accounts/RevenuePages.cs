namespace Tamga.Revenue.Accounts;

/// <summary>Addresses of the revenue accounting screens.</summary>
internal static class RevenuePages
{
    public const string MyAccount = "/revenue/account";
    public const string Finance = "/revenue/finance";
}

/// <summary>
/// Marker of the revenue accounting screen strings (<c>RevenueAccountingResource.resx</c>, <c>.fr.resx</c>, <c>.ru.resx</c>
/// beside this file); pages inject <c>IStringLocalizer&lt;RevenueAccountingResource&gt;</c>.
/// </summary>
internal sealed class RevenueAccountingResource;
