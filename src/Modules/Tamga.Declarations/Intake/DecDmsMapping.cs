using System.Globalization;
using System.Xml;

using Tamga.Declarations.Domain;

namespace Tamga.Declarations.Intake;

/// <summary>
/// Maps a DEC-DMS <c>MetaData</c> element to a <see cref="DeclarationContent"/> in one forward pass over a
/// (validating) <see cref="XmlReader"/>. Elements the model does not hold are skipped; values that do not parse are
/// left out (the schema validation running on the same reader reports them).
/// </summary>
internal sealed class DecDmsMapping
{
    private readonly XmlReader _reader;
    private readonly IXmlLineInfo? _lineInfo;
    private readonly int _baseDepth;
    private readonly int _maxDepth;

    /// <param name="reader">Positioned on the <c>MetaData</c> start element.</param>
    /// <param name="baseDepth">Depth of <c>MetaData</c> in the whole document (the reader may be a subtree reader).</param>
    /// <param name="maxDepth">Deepest element nesting allowed in the whole document.</param>
    public DecDmsMapping(XmlReader reader, int baseDepth, int maxDepth)
    {
        _reader = reader;
        _lineInfo = reader as IXmlLineInfo;
        _baseDepth = baseDepth - reader.Depth;
        _maxDepth = maxDepth;
    }

    /// <summary>Line and column of the Declaration element, for problems about the message as a whole.</summary>
    public (int Line, int Column) DeclarationPosition { get; private set; }

    /// <summary>Reads the <c>MetaData</c> element to its end; null when it holds no <c>Declaration</c>.</summary>
    public DeclarationContent? ReadMetaData()
    {
        DeclarationContent? content = null;
        var depth = Begin();
        while (Next(depth))
        {
            if (content is null && Is("Declaration"))
            {
                DeclarationPosition = Position();
                content = ReadDeclaration();
            }
            else
            {
                Skip();
            }
        }

        return content;
    }

    private DeclarationContent ReadDeclaration()
    {
        string? functionCode = null, reference = null, id = null, typeCode = null, acceptance = null, issued = null;
        string? issueLocation = null, office = null, circumstances = null, exitOffice = null, presentation = null, supervising = null;
        int? itemQuantity = null;
        Amount? invoice = null;
        decimal? grossMass = null, packages = null;
        Party? submitter = null, declarant = null, exporter = null;
        Representative? agent = null;
        TransportMeans? border = null;
        Carriage? carriage = null;
        GoodsShipment? shipment = null;
        List<AdditionalDocument>? documents = null;
        List<AdditionalInformation>? information = null;
        List<Amendment>? amendments = null;
        List<AuthorisationHolder>? holders = null;
        List<CurrencyExchange>? exchanges = null;
        List<Guarantee>? guarantees = null;

        var depth = Begin();
        while (Next(depth))
        {
            switch (_reader.LocalName)
            {
                case "FunctionCode": functionCode = Text(); break;
                case "FunctionalReferenceID": reference = Text(); break;
                case "ID": id = Text(); break;
                case "TypeCode": typeCode = Text(); break;
                case "AcceptanceDateTime": acceptance = DateTimeText(); break;
                case "IssueDateTime": issued = DateTimeText(); break;
                case "IssueLocationID": issueLocation = Text(); break;
                case "GoodsItemQuantity": itemQuantity = Integer(); break;
                case "DeclarationOfficeID": office = Text(); break;
                case "InvoiceAmount": invoice = ReadAmount(); break;
                case "TotalGrossMassMeasure": grossMass = Number(); break;
                case "TotalPackageQuantity": packages = Number(); break;
                case "SpecificCircumstancesCodeCode": circumstances = Text(); break;
                case "Submitter": submitter = ReadParty(); break;
                case "AdditionalDocument": Add(ref documents, ReadAdditionalDocument()); break;
                case "AdditionalInformation": Add(ref information, ReadAdditionalInformation()); break;
                case "Agent": agent = ReadRepresentative(); break;
                case "Amendment": Add(ref amendments, ReadAmendment()); break;
                case "AuthorisationHolder": Add(ref holders, ReadAuthorisationHolder()); break;
                case "BorderTransportMeans": border = ReadTransportMeans(); break;
                case "Consignment": carriage = ReadCarriage(); break;
                case "CurrencyExchange": Add(ref exchanges, ReadCurrencyExchange()); break;
                case "Declarant": declarant = ReadParty(); break;
                case "ExitOffice": exitOffice = IdChild(); break;
                case "Exporter": exporter = ReadParty(); break;
                case "GoodsShipment": shipment = ReadGoodsShipment(); break;
                case "ObligationGuarantee": Add(ref guarantees, ReadGuarantee()); break;
                case "PresentationOffice": presentation = IdChild(); break;
                case "SupervisingOffice": supervising = IdChild(); break;
                default: Skip(); break;
            }
        }

        return new DeclarationContent
        {
            FunctionCode = functionCode,
            FunctionalReferenceId = reference,
            Id = id,
            TypeCode = typeCode,
            AcceptanceDateTime = acceptance,
            IssueDateTime = issued,
            IssueLocationId = issueLocation,
            GoodsItemQuantity = itemQuantity,
            DeclarationOfficeId = office,
            InvoiceAmount = invoice,
            TotalGrossMass = grossMass,
            TotalPackageQuantity = packages,
            SpecificCircumstancesCode = circumstances,
            Submitter = submitter,
            AdditionalDocuments = ValueList.From(documents),
            AdditionalInformation = ValueList.From(information),
            Agent = agent,
            Amendments = ValueList.From(amendments),
            AuthorisationHolders = ValueList.From(holders),
            BorderTransportMeans = border,
            Consignment = carriage,
            CurrencyExchanges = ValueList.From(exchanges),
            Declarant = declarant,
            ExitOffice = exitOffice,
            Exporter = exporter,
            GoodsShipment = shipment,
            Guarantees = ValueList.From(guarantees),
            PresentationOffice = presentation,
            SupervisingOffice = supervising,
        };
    }

    private GoodsShipment ReadGoodsShipment()
    {
        string? transactionNature = null, destination = null, export = null;
        Party? buyer = null, consignee = null, consignor = null, importer = null, seller = null;
        Consignment? consignment = null;
        Amount? freight = null;
        TradeTerms? tradeTerms = null;
        Ucr? ucr = null;
        Warehouse? warehouse = null;
        List<AdditionalActor>? actors = null;
        List<ChargeDeduction>? deductions = null;
        List<FiscalReference>? fiscal = null;
        List<GoodsItem>? items = null;
        List<PreviousDocument>? previous = null;

        var depth = Begin();
        while (Next(depth))
        {
            switch (_reader.LocalName)
            {
                case "TransactionNatureCode": transactionNature = Text(); break;
                case "AEOMutualRecognitionParty": Add(ref actors, ReadAdditionalActor()); break;
                case "Buyer": buyer = ReadParty(); break;
                case "Consignee": consignee = ReadParty(); break;
                case "Consignment": consignment = ReadConsignment(); break;
                case "Consignor": consignor = ReadParty(); break;
                case "CustomsValuation": ReadCustomsValuation(ref freight, ref deductions); break;
                case "Destination": destination = CountryChild("CountryCode"); break;
                case "DomesticDutyTaxParty": Add(ref fiscal, ReadFiscalReference()); break;
                case "ExportCountry": export = CountryChild("ID"); break;
                case "GovernmentAgencyGoodsItem": Add(ref items, ReadGoodsItem()); break;
                case "Importer": importer = ReadParty(); break;
                case "PreviousDocument": Add(ref previous, ReadPreviousDocument()); break;
                case "Seller": seller = ReadParty(); break;
                case "TradeTerms": tradeTerms = ReadTradeTerms(); break;
                case "UCR": ucr = ReadUcr(); break;
                case "Warehouse": warehouse = ReadWarehouse(); break;
                default: Skip(); break;
            }
        }

        return new GoodsShipment
        {
            TransactionNatureCode = transactionNature,
            AdditionalActors = ValueList.From(actors),
            Buyer = buyer,
            Consignee = consignee,
            Consignment = consignment,
            Consignor = consignor,
            FreightCharge = freight,
            ChargeDeductions = ValueList.From(deductions),
            DestinationCountry = destination,
            FiscalReferences = ValueList.From(fiscal),
            ExportCountry = export,
            GoodsItems = ValueList.From(items),
            Importer = importer,
            PreviousDocuments = ValueList.From(previous),
            Seller = seller,
            TradeTerms = tradeTerms,
            Ucr = ucr,
            Warehouse = warehouse,
        };
    }

    private GoodsItem ReadGoodsItem()
    {
        var sequence = 0;
        string? transactionNature = null, destination = null, export = null, valuationMethod = null, valuationIndicator = null;
        string? procedure = null;
        Amount? customsValue = null, statisticalValue = null;
        Party? buyer = null, seller = null, consignee = null, consignor = null;
        Origin? origin = null, preferentialOrigin = null;
        Ucr? ucr = null;
        CommodityPart commodity = default;
        List<AdditionalDocument>? documents = null;
        List<AdditionalInformation>? information = null;
        List<AdditionalActor>? actors = null;
        List<ChargeDeduction>? deductions = null;
        List<FiscalReference>? fiscal = null;
        List<string>? additionalProcedures = null;
        List<Package>? packages = null;
        List<PreviousDocument>? previous = null;

        var depth = Begin();
        while (Next(depth))
        {
            switch (_reader.LocalName)
            {
                case "CustomsValueAmount": customsValue = ReadAmount(); break;
                case "SequenceNumeric": sequence = Integer() ?? 0; break;
                case "StatisticalValueAmount": statisticalValue = ReadAmount(); break;
                case "TransactionNatureCode": transactionNature = Text(); break;
                case "AdditionalDocument": Add(ref documents, ReadAdditionalDocument()); break;
                case "AdditionalInformation": Add(ref information, ReadAdditionalInformation()); break;
                case "AEOMutualRecognitionParty": Add(ref actors, ReadAdditionalActor()); break;
                case "Buyer": buyer = ReadParty(); break;
                case "Commodity": commodity = ReadCommodity(); break;
                case "Consignee": consignee = ReadParty(); break;
                case "Consignor": consignor = ReadParty(); break;
                case "CustomsValuation": ReadItemValuation(ref valuationMethod, ref deductions); break;
                case "Destination": destination = CountryChild("CountryCode"); break;
                case "DomesticDutyTaxParty": Add(ref fiscal, ReadFiscalReference()); break;
                case "ExportCountry": export = CountryChild("ID"); break;
                case "GovernmentProcedure": ReadGovernmentProcedure(ref procedure, ref additionalProcedures); break;
                case "Origin": ReadOrigin(ref origin, ref preferentialOrigin); break;
                case "Packaging": Add(ref packages, ReadPackage()); break;
                case "PreviousDocument": Add(ref previous, ReadPreviousDocument()); break;
                case "Seller": seller = ReadParty(); break;
                case "UCR": ucr = ReadUcr(); break;
                case "ValuationAdjustment": valuationIndicator = ChildText("AdditionCode"); break;
                default: Skip(); break;
            }
        }

        return new GoodsItem
        {
            Sequence = sequence,
            Description = commodity.Description,
            Classifications = commodity.Classifications ?? ValueList<Classification>.Empty,
            CommodityCode = commodity.Classifications is { } classifications ? CommodityCodes.FromClassifications(classifications) : null,
            DangerousGoods = commodity.DangerousGoods ?? ValueList<string>.Empty,
            Origin = origin,
            PreferentialOrigin = preferentialOrigin,
            ProcedureCode = procedure,
            AdditionalProcedureCodes = ValueList.From(additionalProcedures),
            NetMass = commodity.NetMass,
            GrossMass = commodity.GrossMass,
            SupplementaryUnits = commodity.SupplementaryUnits,
            ItemAmount = commodity.ItemAmount,
            CustomsValue = customsValue,
            StatisticalValue = statisticalValue,
            TransactionNatureCode = transactionNature,
            ValuationMethod = valuationMethod,
            ValuationIndicator = valuationIndicator,
            ChargeDeductions = ValueList.From(deductions),
            Packages = ValueList.From(packages),
            AdditionalDocuments = ValueList.From(documents),
            AdditionalInformation = ValueList.From(information),
            PreviousDocuments = ValueList.From(previous),
            DutyTaxFees = commodity.DutyTaxFees ?? ValueList<DutyTaxFee>.Empty,
            AdditionalActors = ValueList.From(actors),
            FiscalReferences = ValueList.From(fiscal),
            Buyer = buyer,
            Seller = seller,
            Consignee = consignee,
            Consignor = consignor,
            DestinationCountry = destination,
            ExportCountry = export,
            TransportEquipment = commodity.TransportEquipment ?? ValueList<TransportEquipment>.Empty,
            Ucr = ucr,
        };
    }

    /// <summary>The parts of WCO Commodity the model keeps on the goods item.</summary>
    private record struct CommodityPart(
        string? Description,
        ValueList<Classification>? Classifications,
        ValueList<string>? DangerousGoods,
        ValueList<DutyTaxFee>? DutyTaxFees,
        decimal? NetMass,
        decimal? GrossMass,
        decimal? SupplementaryUnits,
        Amount? ItemAmount,
        ValueList<TransportEquipment>? TransportEquipment);

    private CommodityPart ReadCommodity()
    {
        string? description = null;
        decimal? netMass = null, grossMass = null, supplementaryUnits = null;
        Amount? itemAmount = null;
        List<Classification>? classifications = null;
        List<string>? dangerousGoods = null;
        List<DutyTaxFee>? duties = null;
        List<TransportEquipment>? equipment = null;

        var depth = Begin();
        while (Next(depth))
        {
            switch (_reader.LocalName)
            {
                case "Description": description = Text(); break;
                case "Classification":
                    if (ReadClassification() is { } classification)
                    {
                        Add(ref classifications, classification);
                    }

                    break;
                case "DangerousGoods":
                    if (ChildText("UNDGID") is { } undg)
                    {
                        Add(ref dangerousGoods, undg);
                    }

                    break;
                case "DutyTaxFee": Add(ref duties, ReadDutyTaxFee()); break;
                case "GoodsMeasure": ReadGoodsMeasure(ref grossMass, ref netMass, ref supplementaryUnits); break;
                case "InvoiceLine":
                    var depthOfLine = Begin();
                    while (Next(depthOfLine))
                    {
                        if (Is("ItemChargeAmount"))
                        {
                            itemAmount = ReadAmount();
                        }
                        else
                        {
                            Skip();
                        }
                    }

                    break;
                case "TransportEquipment": Add(ref equipment, ReadTransportEquipment()); break;
                default: Skip(); break;
            }
        }

        return new CommodityPart(
            description,
            classifications is null ? null : ValueList.From(classifications),
            dangerousGoods is null ? null : ValueList.From(dangerousGoods),
            duties is null ? null : ValueList.From(duties),
            netMass,
            grossMass,
            supplementaryUnits,
            itemAmount,
            equipment is null ? null : ValueList.From(equipment));
    }

    private Classification? ReadClassification()
    {
        string? id = null, type = null;
        var depth = Begin();
        while (Next(depth))
        {
            switch (_reader.LocalName)
            {
                case "ID": id = Text(); break;
                case "IdentificationTypeCode": type = Text(); break;
                default: Skip(); break;
            }
        }

        return id is null ? null : new Classification(id, type ?? string.Empty);
    }

    private void ReadGoodsMeasure(ref decimal? grossMass, ref decimal? netMass, ref decimal? supplementaryUnits)
    {
        var depth = Begin();
        while (Next(depth))
        {
            switch (_reader.LocalName)
            {
                case "GrossMassMeasure": grossMass = Number(); break;
                case "NetNetWeightMeasure": netMass = Number(); break;
                case "TariffQuantity": supplementaryUnits = Number(); break;
                default: Skip(); break;
            }
        }
    }

    private DutyTaxFee ReadDutyTaxFee()
    {
        string? type = null, regime = null, quota = null, method = null;
        Measure? specificBase = null;
        Amount? adValoremBase = null, deduct = null, assessed = null, payment = null;
        decimal? rate = null;

        var depth = Begin();
        while (Next(depth))
        {
            switch (_reader.LocalName)
            {
                case "AdValoremTaxBaseAmount": adValoremBase = ReadAmount(); break;
                case "DeductAmount": deduct = ReadAmount(); break;
                case "DutyRegimeCode": regime = Text(); break;
                case "SpecificTaxBaseQuantity": specificBase = ReadMeasure(); break;
                case "TaxRateNumeric": rate = Number(); break;
                case "TypeCode": type = Text(); break;
                case "QuotaOrderID": quota = Text(); break;
                case "Payment":
                    var paymentDepth = Begin();
                    while (Next(paymentDepth))
                    {
                        switch (_reader.LocalName)
                        {
                            case "MethodCode": method = Text(); break;
                            case "TaxAssessedAmount": assessed = ReadAmount(); break;
                            case "PaymentAmount": payment = ReadAmount(); break;
                            default: Skip(); break;
                        }
                    }

                    break;
                default: Skip(); break;
            }
        }

        return new DutyTaxFee
        {
            TypeCode = type,
            DutyRegimeCode = regime,
            QuotaOrderId = quota,
            SpecificTaxBase = specificBase,
            AdValoremTaxBase = adValoremBase,
            TaxRate = rate,
            DeductAmount = deduct,
            TaxAssessedAmount = assessed,
            PaymentAmount = payment,
            MethodCode = method,
        };
    }

    private void ReadItemValuation(ref string? method, ref List<ChargeDeduction>? deductions)
    {
        var depth = Begin();
        while (Next(depth))
        {
            switch (_reader.LocalName)
            {
                case "MethodCode": method = Text(); break;
                case "ChargeDeduction": Add(ref deductions, ReadChargeDeduction()); break;
                default: Skip(); break;
            }
        }
    }

    private void ReadCustomsValuation(ref Amount? freight, ref List<ChargeDeduction>? deductions)
    {
        var depth = Begin();
        while (Next(depth))
        {
            switch (_reader.LocalName)
            {
                case "FreightChargeAmount": freight = ReadAmount(); break;
                case "ChargeDeduction": Add(ref deductions, ReadChargeDeduction()); break;
                default: Skip(); break;
            }
        }
    }

    private ChargeDeduction ReadChargeDeduction()
    {
        string? type = null;
        Amount? amount = null;
        var depth = Begin();
        while (Next(depth))
        {
            switch (_reader.LocalName)
            {
                case "ChargesTypeCode": type = Text(); break;
                case "OtherChargeDeductionAmount": amount = ReadAmount(); break;
                default: Skip(); break;
            }
        }

        return new ChargeDeduction { ChargesTypeCode = type, Amount = amount };
    }

    /// <summary>
    /// A GovernmentProcedure with a 2-character current code is DE 1/10 (current + previous procedure); one with a
    /// 3-character current code is a DE 1/11 additional procedure code.
    /// </summary>
    private void ReadGovernmentProcedure(ref string? procedure, ref List<string>? additional)
    {
        string? current = null, previous = null;
        var depth = Begin();
        while (Next(depth))
        {
            switch (_reader.LocalName)
            {
                case "CurrentCode": current = Text(); break;
                case "PreviousCode": previous = Text(); break;
                default: Skip(); break;
            }
        }

        if (current is null)
        {
            return;
        }

        if (current.Length == 2 && procedure is null)
        {
            procedure = current + (previous ?? "00");
        }
        else
        {
            Add(ref additional, current);
        }
    }

    private void ReadOrigin(ref Origin? origin, ref Origin? preferential)
    {
        string? country = null, type = null;
        var depth = Begin();
        while (Next(depth))
        {
            switch (_reader.LocalName)
            {
                case "CountryCode": country = Text(); break;
                case "TypeCode": type = Text(); break;
                default: Skip(); break;
            }
        }

        var read = new Origin(country, type);
        if (type == "2")
        {
            preferential ??= read;
        }
        else
        {
            origin ??= read;
        }
    }

    private Package ReadPackage()
    {
        var sequence = 0;
        string? marks = null, type = null;
        decimal? quantity = null;
        var depth = Begin();
        while (Next(depth))
        {
            switch (_reader.LocalName)
            {
                case "SequenceNumeric": sequence = Integer() ?? 0; break;
                case "MarksNumbersID": marks = Text(); break;
                case "QuantityQuantity": quantity = Number(); break;
                case "TypeCode": type = Text(); break;
                default: Skip(); break;
            }
        }

        return new Package { Sequence = sequence, TypeCode = type, Quantity = quantity, Marks = marks };
    }

    private PreviousDocument ReadPreviousDocument()
    {
        string? category = null, id = null, type = null;
        int? line = null;
        var depth = Begin();
        while (Next(depth))
        {
            switch (_reader.LocalName)
            {
                case "CategoryCode": category = Text(); break;
                case "ID": id = Text(); break;
                case "TypeCode": type = Text(); break;
                case "LineNumeric": line = Integer(); break;
                default: Skip(); break;
            }
        }

        return new PreviousDocument { CategoryCode = category, TypeCode = type, Id = id, Line = line };
    }

    private AdditionalDocument ReadAdditionalDocument()
    {
        string? category = null, id = null, name = null, type = null, status = null, effective = null;
        WriteOff? writeOff = null;
        var depth = Begin();
        while (Next(depth))
        {
            switch (_reader.LocalName)
            {
                case "CategoryCode": category = Text(); break;
                case "EffectiveDateTime": effective = DateTimeText(); break;
                case "ID": id = Text(); break;
                case "Name": name = Text(); break;
                case "TypeCode": type = Text(); break;
                case "LPCOExemptionCode": status = Text(); break;
                case "WriteOff": writeOff = ReadWriteOff(); break;
                default: Skip(); break;
            }
        }

        return new AdditionalDocument
        {
            CategoryCode = category,
            TypeCode = type,
            Id = id,
            Name = name,
            LpcoExemptionCode = status,
            EffectiveDateTime = effective,
            WriteOff = writeOff,
        };
    }

    private WriteOff ReadWriteOff()
    {
        Measure? quantity = null;
        Amount? amount = null;
        var depth = Begin();
        while (Next(depth))
        {
            switch (_reader.LocalName)
            {
                case "QuantityQuantity": quantity = ReadMeasure(); break;
                case "AmountAmount": amount = ReadAmount(); break;
                default: Skip(); break;
            }
        }

        return new WriteOff { Quantity = quantity, Amount = amount };
    }

    private AdditionalInformation ReadAdditionalInformation()
    {
        string? code = null, description = null, type = null;
        List<Pointer>? pointers = null;
        var depth = Begin();
        while (Next(depth))
        {
            switch (_reader.LocalName)
            {
                case "StatementCode": code = Text(); break;
                case "StatementDescription": description = Text(); break;
                case "StatementTypeCode": type = Text(); break;
                case "Pointer": Add(ref pointers, ReadPointer()); break;
                default: Skip(); break;
            }
        }

        return new AdditionalInformation
        {
            StatementCode = code,
            StatementDescription = description,
            StatementTypeCode = type,
            Pointers = ValueList.From(pointers),
        };
    }

    private Amendment ReadAmendment()
    {
        string? reason = null;
        List<Pointer>? pointers = null;
        var depth = Begin();
        while (Next(depth))
        {
            switch (_reader.LocalName)
            {
                case "ChangeReasonCode": reason = Text(); break;
                case "Pointer": Add(ref pointers, ReadPointer()); break;
                default: Skip(); break;
            }
        }

        return new Amendment { ChangeReasonCode = reason, Pointers = ValueList.From(pointers) };
    }

    private Pointer ReadPointer()
    {
        int? sequence = null;
        string? section = null, tag = null;
        var depth = Begin();
        while (Next(depth))
        {
            switch (_reader.LocalName)
            {
                case "SequenceNumeric": sequence = Integer(); break;
                case "DocumentSectionCode": section = Text(); break;
                case "TagID": tag = Text(); break;
                default: Skip(); break;
            }
        }

        return new Pointer { Sequence = sequence, DocumentSectionCode = section, TagId = tag };
    }

    private Party ReadParty()
    {
        string? name = null, id = null;
        Address? address = null;
        var depth = Begin();
        while (Next(depth))
        {
            switch (_reader.LocalName)
            {
                case "Name": name = Text(); break;
                case "ID": id = Text(); break;
                case "Address": address = ReadAddress(); break;
                default: Skip(); break;
            }
        }

        return new Party { Name = name, Id = id, Address = address };
    }

    private Representative ReadRepresentative()
    {
        string? name = null, id = null, function = null;
        Address? address = null;
        var depth = Begin();
        while (Next(depth))
        {
            switch (_reader.LocalName)
            {
                case "Name": name = Text(); break;
                case "ID": id = Text(); break;
                case "FunctionCode": function = Text(); break;
                case "Address": address = ReadAddress(); break;
                default: Skip(); break;
            }
        }

        return new Representative { Name = name, Id = id, Address = address, FunctionCode = function };
    }

    private Address ReadAddress()
    {
        string? line = null, city = null, postcode = null, country = null, subdivisionCode = null, subdivisionName = null, type = null;
        var depth = Begin();
        while (Next(depth))
        {
            switch (_reader.LocalName)
            {
                case "Line": line = Text(); break;
                case "CityName": city = Text(); break;
                case "PostcodeID": postcode = Text(); break;
                case "CountryCode": country = Text(); break;
                case "CountrySubDivisionCode": subdivisionCode = Text(); break;
                case "CountrySubDivisionName": subdivisionName = Text(); break;
                case "TypeCode": type = Text(); break;
                default: Skip(); break;
            }
        }

        return new Address
        {
            Line = line,
            CityName = city,
            PostcodeId = postcode,
            CountryCode = country,
            CountrySubDivisionCode = subdivisionCode,
            CountrySubDivisionName = subdivisionName,
            TypeCode = type,
        };
    }

    private AuthorisationHolder ReadAuthorisationHolder()
    {
        string? id = null, category = null;
        var depth = Begin();
        while (Next(depth))
        {
            switch (_reader.LocalName)
            {
                case "ID": id = Text(); break;
                case "CategoryCode": category = Text(); break;
                default: Skip(); break;
            }
        }

        return new AuthorisationHolder { Id = id, CategoryCode = category };
    }

    private AdditionalActor ReadAdditionalActor()
    {
        var (id, role) = IdAndRole();
        return new AdditionalActor { Id = id, RoleCode = role };
    }

    private FiscalReference ReadFiscalReference()
    {
        var (id, role) = IdAndRole();
        return new FiscalReference { Id = id, RoleCode = role };
    }

    private (string? Id, string? Role) IdAndRole()
    {
        string? id = null, role = null;
        var depth = Begin();
        while (Next(depth))
        {
            switch (_reader.LocalName)
            {
                case "ID": id = Text(); break;
                case "RoleCode": role = Text(); break;
                default: Skip(); break;
            }
        }

        return (id, role);
    }

    private TransportMeans ReadTransportMeans()
    {
        string? name = null, id = null, identificationType = null, type = null, nationality = null, mode = null;
        var depth = Begin();
        while (Next(depth))
        {
            switch (_reader.LocalName)
            {
                case "Name": name = Text(); break;
                case "ID": id = Text(); break;
                case "IdentificationTypeCode": identificationType = Text(); break;
                case "TypeCode": type = Text(); break;
                case "RegistrationNationalityCode": nationality = Text(); break;
                case "ModeCode": mode = Text(); break;
                default: Skip(); break;
            }
        }

        return new TransportMeans
        {
            Name = name,
            Id = id,
            IdentificationTypeCode = identificationType,
            TypeCode = type,
            RegistrationNationalityCode = nationality,
            ModeCode = mode,
        };
    }

    private Carriage ReadCarriage()
    {
        Party? carrier = null;
        string? freightPayment = null;
        List<(int Sequence, string Country)>? itinerary = null;
        var depth = Begin();
        while (Next(depth))
        {
            switch (_reader.LocalName)
            {
                case "Carrier": carrier = ReadParty(); break;
                case "Freight": freightPayment = ChildText("PaymentMethodCode"); break;
                case "Itinerary":
                    var sequence = 0;
                    string? country = null;
                    var itineraryDepth = Begin();
                    while (Next(itineraryDepth))
                    {
                        switch (_reader.LocalName)
                        {
                            case "SequenceNumeric": sequence = Integer() ?? 0; break;
                            case "RoutingCountryCode": country = Text(); break;
                            default: Skip(); break;
                        }
                    }

                    if (country is not null)
                    {
                        Add(ref itinerary, (sequence, country));
                    }

                    break;
                default: Skip(); break;
            }
        }

        var routing = itinerary is null
            ? ValueList<string>.Empty
            : ValueList.From(itinerary.OrderBy(step => step.Sequence).Select(step => step.Country));
        return new Carriage { Carrier = carrier, FreightPaymentMethodCode = freightPayment, RoutingCountries = routing };
    }

    private Consignment ReadConsignment()
    {
        string? container = null;
        TransportMeans? arrival = null, departure = null;
        GoodsLocation? location = null;
        Location? loading = null;
        List<TransportEquipment>? equipment = null;
        var depth = Begin();
        while (Next(depth))
        {
            switch (_reader.LocalName)
            {
                case "ContainerCode": container = Text(); break;
                case "ArrivalTransportMeans": arrival = ReadTransportMeans(); break;
                case "DepartureTransportMeans": departure = ReadTransportMeans(); break;
                case "GoodsLocation": location = ReadGoodsLocation(); break;
                case "LoadingLocation": loading = ReadLocation(); break;
                case "TransportEquipment": Add(ref equipment, ReadTransportEquipment()); break;
                default: Skip(); break;
            }
        }

        return new Consignment
        {
            ContainerCode = container,
            ArrivalTransportMeans = arrival,
            DepartureTransportMeans = departure,
            GoodsLocation = location,
            LoadingLocation = loading,
            TransportEquipment = ValueList.From(equipment),
        };
    }

    private GoodsLocation ReadGoodsLocation()
    {
        string? name = null, id = null, type = null;
        Address? address = null;
        var depth = Begin();
        while (Next(depth))
        {
            switch (_reader.LocalName)
            {
                case "Name": name = Text(); break;
                case "ID": id = Text(); break;
                case "TypeCode": type = Text(); break;
                case "Address": address = ReadAddress(); break;
                default: Skip(); break;
            }
        }

        return new GoodsLocation { Name = name, Id = id, TypeCode = type, Address = address };
    }

    private Location ReadLocation()
    {
        string? name = null, id = null;
        var depth = Begin();
        while (Next(depth))
        {
            switch (_reader.LocalName)
            {
                case "Name": name = Text(); break;
                case "ID": id = Text(); break;
                default: Skip(); break;
            }
        }

        return new Location { Name = name, Id = id };
    }

    private TransportEquipment ReadTransportEquipment()
    {
        var sequence = 0;
        string? id = null;
        List<Seal>? seals = null;
        var depth = Begin();
        while (Next(depth))
        {
            switch (_reader.LocalName)
            {
                case "SequenceNumeric": sequence = Integer() ?? 0; break;
                case "ID": id = Text(); break;
                case "Seal":
                    var sealSequence = 0;
                    string? sealId = null;
                    var sealDepth = Begin();
                    while (Next(sealDepth))
                    {
                        switch (_reader.LocalName)
                        {
                            case "SequenceNumeric": sealSequence = Integer() ?? 0; break;
                            case "ID": sealId = Text(); break;
                            default: Skip(); break;
                        }
                    }

                    Add(ref seals, new Seal { Sequence = sealSequence, Id = sealId });
                    break;
                default: Skip(); break;
            }
        }

        return new TransportEquipment { Sequence = sequence, Id = id, Seals = ValueList.From(seals) };
    }

    private CurrencyExchange ReadCurrencyExchange()
    {
        string? currency = null;
        decimal? rate = null;
        var depth = Begin();
        while (Next(depth))
        {
            switch (_reader.LocalName)
            {
                case "CurrencyTypeCode": currency = Text(); break;
                case "RateNumeric": rate = Number(); break;
                default: Skip(); break;
            }
        }

        return new CurrencyExchange { CurrencyTypeCode = currency, Rate = rate };
    }

    private Guarantee ReadGuarantee()
    {
        string? security = null, id = null, reference = null, access = null, office = null;
        Amount? amount = null;
        var depth = Begin();
        while (Next(depth))
        {
            switch (_reader.LocalName)
            {
                case "AmountAmount": amount = ReadAmount(); break;
                case "ID": id = Text(); break;
                case "ReferenceID": reference = Text(); break;
                case "SecurityDetailsCode": security = Text(); break;
                case "AccessCode": access = Text(); break;
                case "GuaranteeOffice": office = IdChild(); break;
                default: Skip(); break;
            }
        }

        return new Guarantee
        {
            SecurityDetailsCode = security,
            Id = id,
            ReferenceId = reference,
            AccessCode = access,
            Amount = amount,
            OfficeId = office,
        };
    }

    private TradeTerms ReadTradeTerms()
    {
        string? condition = null, relationship = null, description = null, locationId = null, locationName = null;
        var depth = Begin();
        while (Next(depth))
        {
            switch (_reader.LocalName)
            {
                case "ConditionCode": condition = Text(); break;
                case "CountryRelationshipCode": relationship = Text(); break;
                case "Description": description = Text(); break;
                case "LocationID": locationId = Text(); break;
                case "LocationName": locationName = Text(); break;
                default: Skip(); break;
            }
        }

        return new TradeTerms
        {
            ConditionCode = condition,
            CountryRelationshipCode = relationship,
            Description = description,
            LocationId = locationId,
            LocationName = locationName,
        };
    }

    private Ucr ReadUcr()
    {
        string? id = null, traderReference = null;
        var depth = Begin();
        while (Next(depth))
        {
            switch (_reader.LocalName)
            {
                case "ID": id = Text(); break;
                case "TraderAssignedReferenceID": traderReference = Text(); break;
                default: Skip(); break;
            }
        }

        return new Ucr { Id = id, TraderAssignedReferenceId = traderReference };
    }

    private Warehouse ReadWarehouse()
    {
        string? id = null, type = null;
        var depth = Begin();
        while (Next(depth))
        {
            switch (_reader.LocalName)
            {
                case "ID": id = Text(); break;
                case "TypeCode": type = Text(); break;
                default: Skip(); break;
            }
        }

        return new Warehouse { Id = id, TypeCode = type };
    }

    // ---- values ----

    private Amount? ReadAmount()
    {
        var currency = _reader.GetAttribute("currencyID");
        var value = Number();
        return value is { } number ? new Amount(number, string.IsNullOrWhiteSpace(currency) ? null : currency.Trim()) : null;
    }

    private Measure? ReadMeasure()
    {
        var unit = _reader.GetAttribute("unitCode");
        var value = Number();
        return value is { } number ? new Measure(number, string.IsNullOrWhiteSpace(unit) ? null : unit.Trim()) : null;
    }

    private decimal? Number() =>
        Text() is { } text && decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
            ? value
            : null;

    private int? Integer() =>
        Text() is { } text && int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)
            ? value
            : null;

    /// <summary>The text of the single child element named <paramref name="childName"/> (e.g. <c>ExitOffice/ID</c>).</summary>
    private string? ChildText(string childName)
    {
        string? value = null;
        var depth = Begin();
        while (Next(depth))
        {
            if (value is null && _reader.LocalName == childName)
            {
                value = Text();
            }
            else
            {
                Skip();
            }
        }

        return value;
    }

    private string? IdChild() => ChildText("ID");

    private string? CountryChild(string childName) => ChildText(childName);

    /// <summary>The <c>DateTimeString</c> inside a date-time element, as written.</summary>
    private string? DateTimeText() => ChildText("DateTimeString");

    /// <summary>The trimmed text content of the current element; null when empty. Leaves the reader after the element.</summary>
    private string? Text()
    {
        if (_reader.IsEmptyElement)
        {
            Advance();
            return null;
        }

        var depth = _reader.Depth;
        Advance();
        string? single = null;
        System.Text.StringBuilder? several = null;
        while (true)
        {
            switch (_reader.NodeType)
            {
                case XmlNodeType.Text:
                case XmlNodeType.CDATA:
                case XmlNodeType.SignificantWhitespace:
                case XmlNodeType.Whitespace:
                    if (single is null)
                    {
                        single = _reader.Value;
                    }
                    else
                    {
                        several ??= new System.Text.StringBuilder(single);
                        several.Append(_reader.Value);
                    }

                    Advance();
                    break;
                case XmlNodeType.EndElement when _reader.Depth == depth:
                    Advance();
                    var text = (several?.ToString() ?? single)?.Trim();
                    return string.IsNullOrEmpty(text) ? null : text;
                case XmlNodeType.Element:
                    Skip();
                    break;
                case XmlNodeType.None:
                    return null;
                default:
                    Advance();
                    break;
            }
        }
    }

    // ---- navigation ----

    private bool Is(string localName) => _reader.LocalName == localName;

    /// <summary>Enters the current element: returns its depth, or -1 (having moved past it) when it is empty.</summary>
    private int Begin()
    {
        if (_reader.IsEmptyElement)
        {
            Advance();
            return -1;
        }

        var depth = _reader.Depth;
        Advance();
        return depth;
    }

    /// <summary>Moves to the next child element of the element at <paramref name="parentDepth"/>; false (past its end) when there is none.</summary>
    private bool Next(int parentDepth)
    {
        if (parentDepth < 0)
        {
            return false;
        }

        while (true)
        {
            switch (_reader.NodeType)
            {
                case XmlNodeType.Element when _reader.Depth == parentDepth + 1:
                    return true;
                case XmlNodeType.Element:
                    Skip();
                    break;
                case XmlNodeType.EndElement when _reader.Depth == parentDepth:
                    Advance();
                    return false;
                case XmlNodeType.None:
                    return false;
                default:
                    Advance();
                    break;
            }
        }
    }

    /// <summary>Moves past the current element and everything in it, reading (and so validating) every node.</summary>
    private void Skip()
    {
        if (_reader.NodeType != XmlNodeType.Element || _reader.IsEmptyElement)
        {
            Advance();
            return;
        }

        var depth = _reader.Depth;
        Advance();
        while (!(_reader.NodeType == XmlNodeType.EndElement && _reader.Depth == depth) && _reader.NodeType != XmlNodeType.None)
        {
            Advance();
        }

        Advance();
    }

    private void Advance()
    {
        if (_reader.Read() && _reader.NodeType == XmlNodeType.Element && _reader.Depth + _baseDepth > _maxDepth)
        {
            var (line, column) = Position();
            throw new DocumentTooDeepException(line, column, _reader.LocalName);
        }
    }

    private (int Line, int Column) Position() =>
        _lineInfo is { } info && info.HasLineInfo() ? (info.LineNumber, info.LinePosition) : (0, 0);

    private static void Add<T>(ref List<T>? list, T item) => (list ??= []).Add(item);
}

/// <summary>Thrown when an element is nested deeper than the configured maximum; reading stops there.</summary>
internal sealed class DocumentTooDeepException : Exception
{
    public DocumentTooDeepException(int line, int column, string element)
        : base($"The document nests elements deeper than allowed (element '{element}').")
    {
        Line = line;
        Column = column;
        Element = element;
    }

    public DocumentTooDeepException()
    {
    }

    public DocumentTooDeepException(string message)
        : base(message)
    {
    }

    public DocumentTooDeepException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public int Line { get; }

    public int Column { get; }

    public string? Element { get; }
}
