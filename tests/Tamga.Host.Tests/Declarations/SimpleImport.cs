using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Tamga.Host.Tests.Declarations;

/// <summary>
/// A simple import declaration in Tamga's JSON form (WCO Data Model names), to vary in tests. By default printed books
/// (4901 99 00: 0% customs duty, zero-rated for VAT and so declared with the national additional code VATZ): nothing is
/// due, so a green declaration is released at once.
/// </summary>
public static class SimpleImport
{
    public const string Importer = "GB553202734852";

    /// <summary>Printed books: no customs duty, VAT zero rate (Value Added Tax Act 1994, Schedule 8, Group 3).</summary>
    public const string Books = "4901990000";

    public static string Json(string lrn, string commodity = Books, string declarant = Importer, decimal value = 1000m, string origin = "US", int items = 1, string presentationOffice = "ZZ000002", string? nationalAdditionalCode = "VATZ") =>
        $$"""
        {
          "functionCode": "9",
          "functionalReferenceId": "{{lrn}}",
          "typeCode": "IMA",
          "goodsItemQuantity": {{items}},
          "totalPackageQuantity": {{50 * items}},
          "invoiceAmount": { "value": {{(value * items).ToString(System.Globalization.CultureInfo.InvariantCulture)}}, "currency": "GBP" },
          "declarant": { "id": "{{declarant}}" },
          "presentationOffice": "{{presentationOffice}}",
          "borderTransportMeans": { "registrationNationalityCode": "US", "modeCode": "1" },
          "goodsShipment": {
            "transactionNatureCode": "1",
            "importer": { "id": "{{Importer}}" },
            "destinationCountry": "GB",
            "exportCountry": "{{origin}}",
            "goodsItems": [{{string.Join(",", Enumerable.Range(1, items).Select(i => Item(i, commodity, value, origin, nationalAdditionalCode)))}}]
          }
        }
        """;

    private static string Item(int sequence, string commodity, decimal value, string origin, string? nationalAdditionalCode) =>
        $$"""
        {
          "sequence": {{sequence}},
          "description": "{{(commodity == Books ? "Printed books" : "Goods of " + commodity)}}",
          "classifications": [ { "id": "{{commodity[..8]}}", "type": "TSP" }, { "id": "{{commodity[8..]}}", "type": "TRC" }{{(nationalAdditionalCode is null ? "" : $", {{ \"id\": \"{nationalAdditionalCode}\", \"type\": \"GN\" }}")}} ],
          "commodityCode": "{{commodity}}",
          "origin": { "country": "{{origin}}", "type": "1" },
          "procedureCode": "4000",
          "additionalProcedureCodes": [ "000" ],
          "netMass": 100,
          "grossMass": 150,
          "itemAmount": { "value": {{value.ToString(System.Globalization.CultureInfo.InvariantCulture)}}, "currency": "GBP" },
          "valuationMethod": "1",
          "packages": [ { "sequence": 1, "typeCode": "BX", "quantity": 50, "marks": "BX-1" } ]
        }
        """;

    public static StringContent Content(string json) => new(json, Encoding.UTF8, "application/json");

    public static async Task<(HttpResponseMessage Response, JsonElement Body)> LodgeAsync(HttpClient client, string json)
    {
        var response = await client.PostAsync("/api/v1/declarations", Content(json));
        var text = await response.Content.ReadAsStringAsync();
        return (response, text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone());
    }

    public static async Task<JsonElement> GetAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>())!;
    }
}
