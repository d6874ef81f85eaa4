namespace Tamga.Declarations.Domain;

/// <summary>
/// A means of transport. At the border (WCO BorderTransportMeans): DE 7/14 identity and type of identification,
/// DE 7/15 nationality, DE 7/4 mode of transport at the border. On arrival (ArrivalTransportMeans): DE 7/9 identity
/// and DE 7/5 inland mode. On departure (DepartureTransportMeans): DE 7/7 identity and DE 7/5 inland mode.
/// </summary>
internal sealed record TransportMeans
{
    public string? Name { get; init; }

    /// <summary>Identity of the means of transport (vessel name, IMO number, flight number, registration…).</summary>
    public string? Id { get; init; }

    /// <summary>Type of identification, e.g. <c>10</c> IMO ship number, <c>40</c> IATA flight number.</summary>
    public string? IdentificationTypeCode { get; init; }

    public string? TypeCode { get; init; }

    /// <summary>DE 7/15 nationality of the active means of transport crossing the border.</summary>
    public string? RegistrationNationalityCode { get; init; }

    /// <summary>DE 7/4 (border) or DE 7/5 (inland) mode of transport: 1 sea, 2 rail, 3 road, 4 air, 5 post…</summary>
    public string? ModeCode { get; init; }
}

/// <summary>DE 5/23 location of goods.</summary>
internal sealed record GoodsLocation
{
    /// <summary>Identification of the location (e.g. an approved location code such as <c>LHRLHRLHR</c>).</summary>
    public string? Name { get; init; }

    public string? Id { get; init; }

    /// <summary>Type of location: <c>A</c> designated, <c>B</c> authorised, <c>C</c> approved place, <c>D</c> other.</summary>
    public string? TypeCode { get; init; }

    /// <summary>Qualifier of the identification (in <see cref="Address.TypeCode"/>) and the country of the location.</summary>
    public Address? Address { get; init; }
}

/// <summary>A named location with an identifier: DE 5/21 place of loading (WCO LoadingLocation).</summary>
internal sealed record Location
{
    public string? Name { get; init; }

    public string? Id { get; init; }
}

/// <summary>DE 7/10 container identification number, with its DE 7/18 seals.</summary>
internal sealed record TransportEquipment
{
    public int Sequence { get; init; }

    public string? Id { get; init; }

    /// <summary>DE 7/18 seal numbers.</summary>
    public ValueList<Seal> Seals { get; init; } = ValueList<Seal>.Empty;
}

/// <summary>DE 7/18 one seal.</summary>
internal sealed record Seal
{
    public int Sequence { get; init; }

    public string? Id { get; init; }
}

/// <summary>Transport details of the goods shipment (WCO GoodsShipment/Consignment).</summary>
internal sealed record Consignment
{
    /// <summary>DE 7/2 container indicator: 0 not in containers, 1 in containers.</summary>
    public string? ContainerCode { get; init; }

    /// <summary>DE 7/9 identity of the means of transport on arrival, DE 7/5 inland mode.</summary>
    public TransportMeans? ArrivalTransportMeans { get; init; }

    /// <summary>DE 7/7 identity of the means of transport at departure, DE 7/5 inland mode.</summary>
    public TransportMeans? DepartureTransportMeans { get; init; }

    /// <summary>DE 5/23 location of goods.</summary>
    public GoodsLocation? GoodsLocation { get; init; }

    /// <summary>DE 5/21 place of loading.</summary>
    public Location? LoadingLocation { get; init; }

    /// <summary>DE 7/10 containers and their DE 7/18 seals.</summary>
    public ValueList<TransportEquipment> TransportEquipment { get; init; } = ValueList<TransportEquipment>.Empty;
}

/// <summary>Carriage details at declaration level (WCO Declaration/Consignment).</summary>
internal sealed record Carriage
{
    /// <summary>DE 3/31 carrier name and address, DE 3/32 carrier identification number.</summary>
    public Party? Carrier { get; init; }

    /// <summary>DE 4/2 transport charges method of payment.</summary>
    public string? FreightPaymentMethodCode { get; init; }

    /// <summary>DE 5/18 countries of routing, in itinerary order (WCO Itinerary/RoutingCountryCode).</summary>
    public ValueList<string> RoutingCountries { get; init; } = ValueList<string>.Empty;
}
