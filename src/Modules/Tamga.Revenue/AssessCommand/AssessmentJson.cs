using System.Text.Json;
using Tamga.Revenue.Calculation;

namespace Tamga.Revenue.AssessCommand;

/// <summary>The <c>assess</c> verb's output: one JSON object per file, on one line.</summary>
internal static class AssessmentJson
{
    public static string Write(string file, DeclarationAssessment assessment)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream))
        {
            json.WriteStartObject();
            json.WriteString("file", file);
            json.WriteString("lrn", assessment.Lrn);
            json.WriteString("date", assessment.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            json.WriteStartArray("items");
            foreach (var item in assessment.Items)
            {
                json.WriteStartObject();
                json.WriteNumber("item", item.Item);
                if (item.CustomsValue is { } value)
                {
                    json.WriteNumber("customsValue", Money(value));
                    json.WriteString("valuationMethod", item.ValuationMethod);
                    json.WriteString("valuation", item.ValuationBasis);
                }

                json.WriteStartArray("taxes");
                foreach (var line in item.Lines)
                {
                    WriteLine(json, line);
                }

                json.WriteEndArray();
                if (item.Error is not null)
                {
                    json.WriteString("error", item.Error);
                }

                if (item.QuotaSplit is { } split)
                {
                    json.WriteStartObject("quotaAllocation");
                    json.WriteString("order", split.OrderNumber);
                    json.WriteNumber("requested", split.Requested);
                    json.WriteNumber("allocated", split.Allocated);
                    json.WriteString("unit", split.Unit);
                    json.WriteString("how", split.Source);
                    json.WriteEndObject();
                }

                if (item.Notes.Count > 0)
                {
                    json.WriteStartArray("notes");
                    foreach (var note in item.Notes)
                    {
                        json.WriteStringValue(note);
                    }

                    json.WriteEndArray();
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
            if (assessment.LowValue)
            {
                json.WriteBoolean("lowValue", true);
            }

            if (assessment.Notes.Count > 0)
            {
                json.WriteStartArray("notes");
                foreach (var note in assessment.Notes)
                {
                    json.WriteStringValue(note);
                }

                json.WriteEndArray();
            }

            json.WriteNumber("total", Money(assessment.TotalDue));
            json.WriteNumber("toSecure", Money(assessment.TotalSuspended));
            json.WriteString("currency", assessment.Currency);
            json.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    public static string Error(string file, string error)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream))
        {
            json.WriteStartObject();
            json.WriteString("file", file);
            json.WriteString("error", error);
            json.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void WriteLine(Utf8JsonWriter json, AssessedLine line)
    {
        json.WriteStartObject();
        json.WriteString("type", line.TaxType);
        if (line.Quota is { } quota)
        {
            // A quota split: the line of the quantity allocated from the quota, at the in-quota rate.
            json.WriteString("quota", quota);
        }

        switch (line.Kind)
        {
            case RateKind.AdValorem:
                json.WriteNumber("rate", Money(line.Rate));
                json.WriteNumber("base", Money(line.Base));
                break;
            case RateKind.Specific:
                json.WriteNumber("rate", line.Rate);
                json.WriteString("unit", line.Unit);
                json.WriteNumber("base", line.Base);
                break;
            default:
                json.WriteNull("rate");
                json.WriteNumber("base", Money(line.Base));
                break;
        }

        json.WriteNumber("amount", Money(line.Amount));
        json.WriteString("currency", line.Currency);
        json.WriteString("reason", line.Reason);
        json.WriteString("legalBase", line.LegalBase);
        json.WriteEndObject();
    }

    /// <summary>Two decimals at least (<c>2.00</c>, <c>1000.00</c>), more when the value has them.</summary>
    private static decimal Money(decimal value) => value + 0.00m;
}
