namespace Tamga.Publications.Contracts;

/// <summary>
/// The exchange rates Tamga has published (signed exchange-rate tables), for other modules: Revenue reads the rate
/// in force on the date a declaration is accepted to convert invoice amounts into the national currency.
/// </summary>
public interface IPublishedExchangeRates
{
    /// <summary>
    /// The published rate of <paramref name="currency"/> (ISO 4217 alphabetic code) on <paramref name="date"/>, or
    /// null when no published table gives one. When several published versions cover the date, the newest version
    /// in force on that date wins (a new version supersedes the previous one from its effective date).
    /// </summary>
    Task<PublishedRate?> RateOnAsync(string currency, DateOnly date, CancellationToken cancellationToken = default);
}

/// <summary>
/// One row of a published exchange-rate table: <paramref name="UnitsPerNationalUnit"/> units of
/// <paramref name="Currency"/> for one unit of the national currency, valid from/to (inclusive), and the signed
/// publication version it comes from.
/// </summary>
public sealed record PublishedRate(string Currency, decimal UnitsPerNationalUnit, DateOnly ValidFrom, DateOnly ValidTo, string PublicationNumber, int Version);
