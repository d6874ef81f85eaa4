namespace Tamga.Revenue.Quotas;

/// <summary>
/// What is left of a tariff quota for its period: the volume (from the tariff's quota terms) less what has been allocated.
/// One row per order number and period; <see cref="Version"/> guards against concurrent allocations (optimistic
/// concurrency: a writer that read an older version retries), so the quota is never over-allocated.
/// </summary>
internal sealed class QuotaBalance
{
    public required string OrderNumber { get; init; }

    public DateOnly PeriodStart { get; init; }

    public DateOnly PeriodEnd { get; init; }

    /// <summary>The quota's volume for the period, in <see cref="Unit"/>.</summary>
    public decimal Volume { get; init; }

    public required string Unit { get; init; }

    public decimal Allocated { get; private set; }

    public int Version { get; private set; }

    public decimal Balance => Volume - Allocated;

    /// <summary>Takes what is asked, or what is left when less is left (a partial allocation), never more than the balance.</summary>
    public decimal Take(decimal requested)
    {
        if (requested <= 0m)
        {
            throw new ArgumentOutOfRangeException(nameof(requested), requested, "A quota allocation asks for a positive quantity.");
        }

        var take = Math.Min(requested, Math.Max(Balance, 0m));
        Allocated += take;
        Version++;
        return take;
    }
}

/// <summary>One allocation from a quota: for a goods item of a declaration (its <see cref="Reference"/>), once.</summary>
internal sealed class QuotaDrawing
{
    public Guid Id { get; init; }

    public required string OrderNumber { get; init; }

    public DateOnly PeriodStart { get; init; }

    /// <summary>What the allocation is for, e.g. <c>{declaration id}/{item}</c>: the same reference is allocated once.</summary>
    public required string Reference { get; init; }

    public decimal Requested { get; init; }

    public decimal Allocated { get; init; }

    public required string Unit { get; init; }

    public DateTimeOffset At { get; init; }
}
