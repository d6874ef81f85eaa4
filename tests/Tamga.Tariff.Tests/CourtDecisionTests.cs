using Microsoft.Extensions.Options;
using Tamga.Platform;
using Tamga.Platform.Signing;
using Tamga.Tariff.Domain;

namespace Tamga.Tariff.Tests;

public sealed class CourtDecisionTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("tamga-signing-").FullName;

    private DocumentSigner Signer() => new(Options.Create(new TamgaOptions { DataDirectory = _folder }));

    private static CourtDecision Decision(bool annuls = true, string operative = "The appeal is allowed; the decision is annulled.")
    {
        var decision = new CourtDecision
        {
            Number = "CD-2026-00001",
            Court = "First-tier Tribunal (Tax Chamber)",
            CaseNumber = "TC/2026/01234",
            CaseKey = CourtDecision.KeyOf("First-tier Tribunal (Tax Chamber)", "TC/2026/01234"),
            JudgmentDate = new DateOnly(2026, 10, 15),
            Parties = null,
            CommodityCodes = "8471 84713000",
            Summary = "Tablets with a keyboard cover are a set classified under heading 8471.",
            OperativeText = operative,
            PublishedAt = new DateTimeOffset(2026, 11, 30, 2, 0, 7, 400, TimeSpan.Zero),
            KeyId = "k",
            Signature = "",
        };
        decision.Rulings.Add(new CourtDecisionRuling { DecisionNumber = "CD-2026-00001", RulingNumber = "BTI-2026-00007", Annuls = annuls });
        decision.Rulings.Add(new CourtDecisionRuling { DecisionNumber = "CD-2026-00001", RulingNumber = "BTI-2026-00002", Annuls = false });
        return decision;
    }

    [Fact]
    public void The_signed_text_holds_the_judgment_the_codes_and_what_it_does_to_each_ruling()
    {
        Assert.Equal(
            "document: tamga-court-decision/1\n" +
            "number: CD-2026-00001\n" +
            "court: First-tier Tribunal (Tax Chamber)\n" +
            "case-number: TC/2026/01234\n" +
            "judgment-date: 2026-10-15\n" +
            "parties: \n" +
            "commodity-codes: 8471 84713000\n" +
            "rulings-annulled: BTI-2026-00007\n" +
            "rulings-upheld: BTI-2026-00002\n" +
            "summary: Tablets with a keyboard cover are a set classified under heading 8471.\n" +
            "operative-text: The appeal is allowed; the decision is annulled.\n" +
            "published-at: 2026-11-30T02:00:07Z\n" +
            "key-id: k\n",
            Decision().CanonicalText());
    }

    [Fact]
    public void Changing_the_operative_text_or_turning_an_annulment_into_an_upholding_fails_verification()
    {
        using var signer = Signer();
        var signature = signer.Sign(Decision().CanonicalText());
        Assert.True(signer.Verify(Decision().CanonicalText(), signature));
        Assert.False(signer.Verify(Decision(operative: "The appeal is dismissed.").CanonicalText(), signature));
        Assert.False(signer.Verify(Decision(annuls: false).CanonicalText(), signature));
    }

    [Fact]
    public void An_annulled_ruling_is_valid_before_the_judgment_date_and_not_from_it()
    {
        var ruling = new Ruling
        {
            Number = "BTI-2026-00007",
            CommodityCode = "84713000",
            GoodsDescription = "Tablet computers",
            Justification = "General rules 1 and 6.",
            ValidFrom = new DateOnly(2026, 1, 10),
            ValidTo = new DateOnly(2029, 1, 9),
            KeyId = "k",
            Signature = "",
        };
        Assert.True(ruling.ValidOn(new DateOnly(2026, 10, 15)));
        ruling.Annulment = new Annulment(new DateOnly(2026, 10, 15), "CD-2026-00001");
        Assert.True(ruling.ValidOn(new DateOnly(2026, 10, 14)));
        Assert.False(ruling.ValidOn(new DateOnly(2026, 10, 15)));
        Assert.False(ruling.ValidOn(new DateOnly(2027, 3, 1)));
        Assert.False(ruling.ValidOn(new DateOnly(2026, 1, 9)));
    }

    [Fact]
    public void One_judgment_is_one_court_and_case_whatever_the_case_and_spaces()
    {
        Assert.Equal(CourtDecision.KeyOf("Upper Tribunal", "UT/2025/0001"), CourtDecision.KeyOf(" upper tribunal ", "ut/2025/0001 "));
        Assert.NotEqual(CourtDecision.KeyOf("Upper Tribunal", "UT/2025/0001"), CourtDecision.KeyOf("First-tier Tribunal", "UT/2025/0001"));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
