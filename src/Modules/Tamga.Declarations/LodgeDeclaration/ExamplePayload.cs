namespace Tamga.Declarations.LodgeDeclaration;

/// <summary>The example shown in the OpenAPI document: a standard frontier import (IMA) of one goods item.</summary>
internal static class ExamplePayload
{
    public const string Json = """
        {
          "functionCode": "9",
          "functionalReferenceId": "LRN-2026-000123",
          "typeCode": "IMA",
          "goodsItemQuantity": 1,
          "totalPackageQuantity": 50,
          "invoiceAmount": { "value": 1000, "currency": "GBP" },
          "declarant": { "id": "GB553202734852" },
          "presentationOffice": "ZZ000002",
          "borderTransportMeans": { "registrationNationalityCode": "US", "modeCode": "1" },
          "goodsShipment": {
            "transactionNatureCode": "1",
            "importer": { "id": "GB553202734852" },
            "destinationCountry": "GB",
            "exportCountry": "US",
            "goodsItems": [
              {
                "sequence": 1,
                "description": "Parts of shavers and hair clippers",
                "classifications": [ { "id": "85109000", "type": "TSP" }, { "id": "00", "type": "TRC" } ],
                "commodityCode": "8510900000",
                "origin": { "country": "US", "type": "1" },
                "procedureCode": "4000",
                "additionalProcedureCodes": [ "000" ],
                "netMass": 100,
                "grossMass": 150,
                "itemAmount": { "value": 1000, "currency": "GBP" },
                "valuationMethod": "1",
                "packages": [ { "sequence": 1, "typeCode": "BX", "quantity": 50, "marks": "BX-1" } ]
              }
            ]
          }
        }
        """;
}
