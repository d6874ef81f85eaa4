using System.Globalization;
using System.Security.Cryptography;
using Tamga.Platform.Text;

namespace Tamga.Tariff.LoadTariff;

/// <summary>One row of the UK tariff file (uktrade/global-uk-tariff).</summary>
internal sealed record UkTariffRow(int Line, string Code, string Description, string CetDutyRate, string UkgtDutyRate, string Change,
    bool TradeRemedyApplies, bool CetUntilTradeRemedyReview, bool SuspensionApplies, bool QuotaApplies);

/// <summary>The UK national tariff shipped in <c>tariff/uk-tariff/</c> beside the executable, and what the law says about its rates.</summary>
internal static class UkTariffSource
{
    public const string FileName = "global-uk-tariff.csv";

    public const string Name = "UK national tariff (CN 2020 lines; EU CET 2020 and UK Global Tariff 2021 rates)";

    public const string Origin = "uktrade/global-uk-tariff@ab1e602 (Department for International Trade), OGL v3.0";

    /// <summary>The lines are the EU Combined Nomenclature of 2020, on the HS 2017 basis.</summary>
    public static readonly DateOnly NomenclatureFrom = new(2020, 1, 1);

    public static readonly DateOnly CetFrom = new(2020, 1, 1);

    public static readonly DateOnly CetTo = new(2020, 12, 31);

    public static readonly DateOnly UkgtFrom = new(2021, 1, 1);

    public const string CetLegalBase =
        "Council Regulation (EEC) No 2658/87, Annex I (Combined Nomenclature), as replaced by Commission Implementing Regulation (EU) 2019/1776 for 2020; applied in the UK until the end of the transition period (31 December 2020)";

    public const string UkgtLegalBase =
        "Taxation (Cross-border Trade) Act 2018; The Customs Tariff (Establishment) (EU Exit) Regulations 2020 (SI 2020/1430) and the UK Global Tariff reference document";

    public const string VatLegalBase = "Value Added Tax Act 1994, s. 2 (standard rate: 20% from 4 January 2011); VAT on imports charged by s. 1(1)(c)";

    public static readonly DateOnly VatStandardRateFrom = new(2011, 1, 4);

    public const string VatFootnote =
        "The standard rate. Reduced and zero rates (Value Added Tax Act 1994, s. 29A, Schedules 7A and 8) are not yet loaded.";

    public const string PendingTradeRemedyReview = "the trade-remedy transition review of the goods concludes";

    public static string Folder => Path.Combine(AppContext.BaseDirectory, "tariff", "uk-tariff");

    public static string FilePath => Path.Combine(Folder, FileName);

    public static string Hash(string path) => Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path)));

    /// <summary>Reads the rows; a row without a valid 8- or 10-digit code is an error naming its line.</summary>
    public static (List<UkTariffRow> Rows, List<string> Errors) Read(string path)
    {
        var rows = new List<UkTariffRow>();
        var errors = new List<string>();
        using var reader = new StreamReader(path);
        foreach (var (line, row) in Csv.ReadWithHeader(reader))
        {
            var code = row.GetValueOrDefault("commodity")?.Trim() ?? "";
            if (code.Length is not (8 or 10) || !code.All(char.IsAsciiDigit))
            {
                errors.Add(string.Create(CultureInfo.InvariantCulture, $"{Path.GetFileName(path)}:{line}: commodity '{code}' is not 8 or 10 digits"));
                continue;
            }

            rows.Add(new UkTariffRow(
                line,
                code,
                row.GetValueOrDefault("description")?.Trim() ?? "",
                row.GetValueOrDefault("cet_duty_rate") ?? "",
                row.GetValueOrDefault("ukgt_duty_rate") ?? "",
                row.GetValueOrDefault("change")?.Trim() ?? "",
                Flag(row, "trade_remedy_applies"),
                Flag(row, "cet_applies_until_trade_remedy_transition_reviews_concluded"),
                Flag(row, "suspension_applies"),
                Flag(row, "atq_applies")));
        }

        return (rows, errors);
    }

    private static bool Flag(IReadOnlyDictionary<string, string> row, string column) =>
        string.Equals(row.GetValueOrDefault(column)?.Trim(), "True", StringComparison.OrdinalIgnoreCase);
}
