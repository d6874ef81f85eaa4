namespace Tamga.Publications.Domain;

/// <summary>Pending (asked, not confirmed) → Confirmed (receives notifications) → Unsubscribed.</summary>
internal enum SubscriptionStatus
{
    Pending,
    Confirmed,
    Unsubscribed,
}

/// <summary>
/// A newsletter subscriber: an e-mail address and the kinds and agencies it wants (none chosen means all). Double
/// opt-in: nothing is sent but the confirmation message until the address's owner follows the confirmation link.
/// </summary>
internal sealed class Subscriber
{
    public Guid Id { get; init; }

    /// <summary>The address as given, trimmed; compared in lower case.</summary>
    public required string Email { get; set; }

    /// <summary>The address in lower case: one live subscription per address.</summary>
    public required string EmailKey { get; init; }

    /// <summary>Kinds by API name, separated by spaces; empty for all.</summary>
    public string Kinds { get; set; } = "";

    /// <summary>Agencies, separated by line feeds; empty for all.</summary>
    public string Agencies { get; set; } = "";

    /// <summary>
    /// A confirmed subscriber's new choice of kinds (then agencies), waiting for its own confirmation: asking again
    /// for a confirmed address changes nothing until the owner confirms, so no one else can alter or stop it.
    /// </summary>
    public string? PendingKinds { get; set; }

    public string? PendingAgencies { get; set; }

    /// <summary>A random token sent in the confirmation message only.</summary>
    public required string ConfirmationToken { get; set; }

    /// <summary>A random token in every message's unsubscribe link.</summary>
    public required string UnsubscribeToken { get; init; }

    public SubscriptionStatus Status { get; set; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset? ConfirmedAt { get; set; }

    public DateTimeOffset? UnsubscribedAt { get; set; }

    public IReadOnlyList<string> KindList => Kinds.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    public IReadOnlyList<string> AgencyList => Agencies.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>True when a publication of this kind and agency is one the subscriber asked for.</summary>
    public bool Wants(PublicationKind kind, string agency) =>
        (Kinds.Length == 0 || KindList.Contains(kind.Name(), StringComparer.Ordinal))
        && (Agencies.Length == 0 || AgencyList.Contains(agency, StringComparer.OrdinalIgnoreCase));
}
