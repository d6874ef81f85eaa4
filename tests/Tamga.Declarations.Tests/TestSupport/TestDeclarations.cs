using Tamga.Declarations.Domain;

namespace Tamga.Declarations.Tests.TestSupport;

/// <summary>Small valid declarations to vary in tests.</summary>
internal static class TestDeclarations
{
    public static GoodsItem Item(int sequence, decimal packages = 50m) => new()
    {
        Sequence = sequence,
        Description = "Parts of shavers and hair clippers",
        Classifications = [new Classification("85109000", "TSP"), new Classification("00", "TRC")],
        CommodityCode = "8510900000",
        Origin = new Origin("US", "1"),
        ProcedureCode = "4000",
        AdditionalProcedureCodes = ["000"],
        NetMass = 100m,
        GrossMass = 150m,
        ItemAmount = new Amount(1000m, "GBP"),
        ValuationMethod = "1",
        ValuationIndicator = "0000",
        Packages = [new Package { Sequence = 1, TypeCode = "BX", Quantity = packages, Marks = "ADRN123456123" }],
        DutyTaxFees = [new DutyTaxFee { TypeCode = "A00", DutyRegimeCode = "100", MethodCode = "E" }, new DutyTaxFee { TypeCode = "B00", MethodCode = "E" }],
    };

    /// <summary>An IMA declaration with one goods item that breaks no rule.</summary>
    public static DeclarationContent Import() => new()
    {
        FunctionCode = "9",
        FunctionalReferenceId = "LRN-2025-000123",
        TypeCode = "IMA",
        GoodsItemQuantity = 1,
        TotalPackageQuantity = 50m,
        InvoiceAmount = new Amount(1000m, "GBP"),
        Declarant = new Party { Id = "GB553202734852" },
        Agent = new Representative { Id = "GB553202734852", FunctionCode = "2" },
        Exporter = new Party
        {
            Name = "US Cloth Co.",
            Address = new Address { Line = "1 Apparel Avenue", CityName = "New York", PostcodeId = "NY1 234", CountryCode = "US" },
        },
        AuthorisationHolders = [new AuthorisationHolder { Id = "GB553202734852", CategoryCode = "DPO" }],
        BorderTransportMeans = new TransportMeans { RegistrationNationalityCode = "US", ModeCode = "1" },
        PresentationOffice = "GB000040",
        SupervisingOffice = "GBBEL004",
        AdditionalDocuments = [new AdditionalDocument { CategoryCode = "1", TypeCode = "DAN", Id = "1108654" }],
        GoodsShipment = new GoodsShipment
        {
            TransactionNatureCode = "1",
            Importer = new Party { Id = "GB553202734852" },
            DestinationCountry = "GB",
            ExportCountry = "US",
            TradeTerms = new TradeTerms { ConditionCode = "CIF", LocationId = "GBDVR" },
            Consignment = new Consignment
            {
                ContainerCode = "1",
                ArrivalTransportMeans = new TransportMeans { Id = "9348522", IdentificationTypeCode = "10" },
                GoodsLocation = new GoodsLocation { Name = "DVRDVRDVR", TypeCode = "A", Address = new Address { TypeCode = "U", CountryCode = "GB" } },
                TransportEquipment = [new TransportEquipment { Sequence = 1, Id = "DM1234" }],
            },
            PreviousDocuments = [new PreviousDocument { CategoryCode = "Z", TypeCode = "355", Id = "MRN-OF-ENS", Line = 1 }],
            GoodsItems = [Item(1)],
        },
    };

    public static DeclarationContent WithItems(this DeclarationContent d, params GoodsItem[] items) =>
        d with { GoodsShipment = d.GoodsShipment! with { GoodsItems = ValueList.From(items) } };

    public static DeclarationContent WithItem(this DeclarationContent d, Func<GoodsItem, GoodsItem> change) =>
        d.WithItems(change(d.GoodsItems[0]));

    /// <summary>An amendment of a registered declaration changing item 1's document status.</summary>
    public static DeclarationContent Amendment() => new()
    {
        FunctionCode = "13",
        FunctionalReferenceId = "AMEND-0001",
        Id = "24GB0YVJ3EXXES8AA0",
        TypeCode = "COR",
        AdditionalInformation = [new AdditionalInformation { StatementDescription = "Amending status code", StatementTypeCode = "AES" }],
        Amendments =
        [
            new Amendment
            {
                ChangeReasonCode = "25",
                Pointers =
                [
                    new Pointer { Sequence = 1, DocumentSectionCode = "42A" },
                    new Pointer { Sequence = 1, DocumentSectionCode = "67A" },
                    new Pointer { Sequence = 1, DocumentSectionCode = "68A" },
                ],
            },
        ],
        GoodsShipment = new GoodsShipment
        {
            GoodsItems = [new GoodsItem { Sequence = 1, AdditionalDocuments = [new AdditionalDocument { CategoryCode = "X", TypeCode = "002", LpcoExemptionCode = "EP" }] }],
        },
    };

    /// <summary>A cancellation of a registered declaration.</summary>
    public static DeclarationContent Cancellation() => new()
    {
        FunctionCode = "13",
        FunctionalReferenceId = "CANCEL-0001",
        Id = "24GBDIRIGZ7QLCPAA8",
        TypeCode = "INV",
        Submitter = new Party { Id = "GB150454489082" },
        AdditionalInformation = [new AdditionalInformation { StatementDescription = "Duplicate declaration", StatementTypeCode = "AES" }],
        Amendments = [new Amendment { ChangeReasonCode = "1" }],
    };
}
