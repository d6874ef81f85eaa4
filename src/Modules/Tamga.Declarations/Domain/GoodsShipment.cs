namespace Tamga.Declarations.Domain;

/// <summary>The goods shipment: parties of the transaction, transport, places and the goods items.</summary>
internal sealed record GoodsShipment
{
    /// <summary>DE 8/5 nature of transaction (declaration level).</summary>
    public string? TransactionNatureCode { get; init; }

    /// <summary>DE 3/37 additional supply chain actors.</summary>
    public ValueList<AdditionalActor> AdditionalActors { get; init; } = ValueList<AdditionalActor>.Empty;

    /// <summary>DE 3/26 buyer, DE 3/27 buyer identification number.</summary>
    public Party? Buyer { get; init; }

    /// <summary>DE 3/9 consignee, DE 3/10 consignee identification number.</summary>
    public Party? Consignee { get; init; }

    /// <summary>Container indicator, transport means, location of goods, containers.</summary>
    public Consignment? Consignment { get; init; }

    /// <summary>DE 3/7 consignor, DE 3/8 consignor identification number.</summary>
    public Party? Consignor { get; init; }

    /// <summary>DE 4/9 freight charge added to (or deducted from) the customs value at declaration level.</summary>
    public Amount? FreightCharge { get; init; }

    /// <summary>DE 4/9 additions and deductions at declaration level.</summary>
    public ValueList<ChargeDeduction> ChargeDeductions { get; init; } = ValueList<ChargeDeduction>.Empty;

    /// <summary>DE 5/8 country of destination.</summary>
    public string? DestinationCountry { get; init; }

    /// <summary>DE 3/40 additional fiscal references.</summary>
    public ValueList<FiscalReference> FiscalReferences { get; init; } = ValueList<FiscalReference>.Empty;

    /// <summary>DE 5/14 country of dispatch/export.</summary>
    public string? ExportCountry { get; init; }

    /// <summary>DE 1/6 and following: the goods items.</summary>
    public ValueList<GoodsItem> GoodsItems { get; init; } = ValueList<GoodsItem>.Empty;

    /// <summary>DE 3/15 importer, DE 3/16 importer identification number.</summary>
    public Party? Importer { get; init; }

    /// <summary>DE 2/1 previous documents at declaration level.</summary>
    public ValueList<PreviousDocument> PreviousDocuments { get; init; } = ValueList<PreviousDocument>.Empty;

    /// <summary>DE 3/24 seller, DE 3/25 seller identification number.</summary>
    public Party? Seller { get; init; }

    /// <summary>DE 4/1 delivery terms.</summary>
    public TradeTerms? TradeTerms { get; init; }

    /// <summary>DE 2/4 reference number / UCR.</summary>
    public Ucr? Ucr { get; init; }

    /// <summary>DE 2/7 identification of warehouse.</summary>
    public Warehouse? Warehouse { get; init; }
}

/// <summary>DE 4/1 delivery terms: Incoterms code and place.</summary>
internal sealed record TradeTerms
{
    /// <summary>Incoterms code, e.g. <c>CIF</c>, <c>FOB</c>, <c>DAP</c>.</summary>
    public string? ConditionCode { get; init; }

    public string? CountryRelationshipCode { get; init; }

    public string? Description { get; init; }

    /// <summary>UN/LOCODE of the place, e.g. <c>GBDVR</c>.</summary>
    public string? LocationId { get; init; }

    public string? LocationName { get; init; }
}

/// <summary>DE 2/4 reference number / unique consignment reference.</summary>
internal sealed record Ucr
{
    public string? Id { get; init; }

    public string? TraderAssignedReferenceId { get; init; }
}

/// <summary>DE 2/7 identification of warehouse: type and identifier.</summary>
internal sealed record Warehouse
{
    public string? Id { get; init; }

    /// <summary>Warehouse type, e.g. <c>R</c> public, <c>U</c> private.</summary>
    public string? TypeCode { get; init; }
}

/// <summary>DE 4/9 an addition to or deduction from the customs value.</summary>
internal sealed record ChargeDeduction
{
    /// <summary>Code of the addition or deduction, e.g. <c>AE</c>, <c>AK</c>, <c>BA</c>.</summary>
    public string? ChargesTypeCode { get; init; }

    public Amount? Amount { get; init; }
}
