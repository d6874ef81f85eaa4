namespace Tamga.Risk.Alerts;

/// <summary>
/// An alert raised by an analyst: a party, commodity code prefix or origin to watch, with the text that explains it
/// and its validity. It selects nothing by itself; it can become a watch-list entry (a profile draft, approved by
/// four eyes). Marked shareable, partner agencies read it through the G2G API.
/// </summary>
internal sealed class RiskAlert
{
    public Guid Id { get; init; }

    /// <summary>AL-nnnnnn.</summary>
    public string Number { get; init; } = "";

    /// <summary>The party's EORI/TIN, normalised.</summary>
    public string? Party { get; init; }

    public string? CommodityPrefix { get; init; }

    public string? OriginCountry { get; init; }

    public string Text { get; init; } = "";

    public DateOnly ValidFrom { get; init; }

    public DateOnly? ValidTo { get; init; }

    public bool Shareable { get; init; }

    public string RaisedBy { get; init; } = "";

    public DateTimeOffset RaisedAt { get; init; }

    /// <summary>The watch-list profile drafted from the alert, if any.</summary>
    public Guid? WatchListProfileId { get; set; }

    public string? WatchListProfileNumber { get; set; }

    public bool IsInForce(DateOnly day) => ValidFrom <= day && (ValidTo is null || day <= ValidTo);

    public string Describe() => string.Join(", ", new[]
    {
        Party is null ? null : "party " + Party,
        CommodityPrefix is null ? null : "commodity " + CommodityPrefix + "…",
        OriginCountry is null ? null : "origin " + OriginCountry,
    }.OfType<string>());

    public object View() => new
    {
        id = Id,
        number = Number,
        party = Party,
        commodityPrefix = CommodityPrefix,
        originCountry = OriginCountry,
        text = Text,
        validFrom = ValidFrom,
        validTo = ValidTo,
        shareable = Shareable,
        raisedBy = RaisedBy,
        raisedAt = RaisedAt,
        watchListProfileId = WatchListProfileId,
        watchListProfileNumber = WatchListProfileNumber,
    };

    /// <summary>What a partner agency sees: no internal identifiers of users or profiles.</summary>
    public object SharedView() => new
    {
        number = Number,
        party = Party,
        commodityPrefix = CommodityPrefix,
        originCountry = OriginCountry,
        text = Text,
        validFrom = ValidFrom,
        validTo = ValidTo,
        raisedAt = RaisedAt,
    };
}

/// <summary>A declaration's risk result an analyst marked shareable with partner agencies, and why.</summary>
internal sealed class SharedResult
{
    public Guid DeclarationId { get; init; }

    public string SharedBy { get; init; } = "";

    public DateTimeOffset SharedAt { get; init; }

    public string Note { get; init; } = "";
}
