namespace Tamga.Revenue.Quotas;

/// <summary>
/// What is left of a tariff quota for its period: the volume (from the tariff's quota terms) less what is held by
/// drawings. One row per order number and period; <see cref="Version"/> guards against concurrent allocations and
/// returns (optimistic concurrency: a writer that read an older version retries), so the quota is never over-allocated
/// and never given back more than was drawn.
/// </summary>
internal sealed class QuotaBalance
{
    public required string OrderNumber { get; init; }

    public DateOnly PeriodStart { get; init; }

    public DateOnly PeriodEnd { get; init; }

    /// <summary>The quota's volume for the period, in <see cref="Unit"/>.</summary>
    public decimal Volume { get; init; }

    public required string Unit { get; init; }

    /// <summary>What drawings hold: allocations less what has been returned.</summary>
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

    /// <summary>Gives back what a drawing held; never more than is allocated (the balance never exceeds the volume).</summary>
    public void Return(decimal quantity)
    {
        if (quantity < 0m || quantity > Allocated)
        {
            throw new ArgumentOutOfRangeException(nameof(quantity), quantity, $"A quota return gives back between 0 and what is allocated ({Allocated}).");
        }

        Allocated -= quantity;
        Version++;
    }
}

/// <summary>Where a drawing stands: held until its declaration is known to be registered, then kept, or given back.</summary>
internal enum QuotaDrawingStatus
{
    /// <summary>Allocated during an assessment whose declaration Revenue has not yet seen registered.</summary>
    Provisional,

    /// <summary>Its declaration was registered: the drawing stands while the declaration does.</summary>
    Confirmed,

    /// <summary>Given back to the balance: its declaration never appeared in time, or was cancelled, invalidated, refused or rejected.</summary>
    Returned,
}

/// <summary>
/// One allocation from a quota: for a goods item of a declaration (its <see cref="Reference"/>), once. It is provisional
/// until the declaration's registration is known, then confirmed; it is returned when the declaration never appears
/// (<see cref="QuotaOptions.ProvisionalTimeout"/>) or is cancelled, invalidated or refused. <see cref="Held"/> is what
/// the balance counts for it: <see cref="Allocated"/> while it stands, 0 once returned. <see cref="Version"/> guards
/// against two returns of one drawing.
/// </summary>
internal sealed class QuotaDrawing
{
    public Guid Id { get; init; }

    public required string OrderNumber { get; init; }

    public DateOnly PeriodStart { get; init; }

    /// <summary>What the allocation is for, e.g. <c>{declaration id}/{item}</c>: the same reference is allocated once.</summary>
    public required string Reference { get; init; }

    /// <summary>The declaration whose assessment drew on the quota, when there is one (its events confirm or return the drawing).</summary>
    public Guid? DeclarationId { get; init; }

    public decimal Requested { get; init; }

    /// <summary>What the assessment was given (the in-quota part of the item).</summary>
    public decimal Allocated { get; init; }

    /// <summary>What the balance counts against this drawing now.</summary>
    public decimal Held { get; private set; }

    public required string Unit { get; init; }

    public DateTimeOffset At { get; init; }

    public QuotaDrawingStatus Status { get; private set; }

    /// <summary>When the drawing was last confirmed, returned or drawn again.</summary>
    public DateTimeOffset? SettledAt { get; private set; }

    /// <summary>Why it was returned (null while it stands).</summary>
    public string? ReturnReason { get; private set; }

    public int Version { get; private set; }

    /// <summary>A new provisional drawing holding what was allocated.</summary>
    public static QuotaDrawing Provisional(TariffQuotaRef quota, string reference, Guid? declarationId, decimal requested, decimal allocated, string unit, DateTimeOffset at) => new()
    {
        Id = Guid.CreateVersion7(),
        OrderNumber = quota.OrderNumber,
        PeriodStart = quota.PeriodStart,
        Reference = reference,
        DeclarationId = declarationId,
        Requested = requested,
        Allocated = allocated,
        Held = allocated,
        Unit = unit,
        At = at,
        Status = QuotaDrawingStatus.Provisional,
    };

    /// <summary>Its declaration was registered: a provisional drawing stands from now on.</summary>
    public void Confirm(DateTimeOffset at)
    {
        if (Status != QuotaDrawingStatus.Provisional)
        {
            throw new InvalidOperationException($"Only a provisional drawing is confirmed; this one is {Status}.");
        }

        Status = QuotaDrawingStatus.Confirmed;
        SettledAt = at;
        Version++;
    }

    /// <summary>Gives back what the drawing holds: the caller returns <paramref name="balance"/>'s share. Returns what was given back.</summary>
    public decimal Return(QuotaBalance balance, string reason, DateTimeOffset at)
    {
        if (Status == QuotaDrawingStatus.Returned)
        {
            throw new InvalidOperationException("This drawing was returned already.");
        }

        var quantity = Held;
        balance.Return(quantity);
        Held = 0m;
        Status = QuotaDrawingStatus.Returned;
        ReturnReason = reason;
        SettledAt = at;
        Version++;
        return quantity;
    }

    /// <summary>
    /// Its declaration turned out registered after all, once the drawing had been returned for want of it: draws again
    /// what was allocated, or what is left when less is left. Returns what was drawn.
    /// </summary>
    public decimal DrawAgain(QuotaBalance balance, DateTimeOffset at)
    {
        if (Status != QuotaDrawingStatus.Returned)
        {
            throw new InvalidOperationException($"Only a returned drawing is drawn again; this one is {Status}.");
        }

        Held = Allocated > 0m ? balance.Take(Allocated) : 0m;
        Status = QuotaDrawingStatus.Confirmed;
        ReturnReason = null;
        SettledAt = at;
        Version++;
        return Held;
    }
}

/// <summary>A quota for one period: its order number and the period's first day (the balance's key).</summary>
internal readonly record struct TariffQuotaRef(string OrderNumber, DateOnly PeriodStart);
