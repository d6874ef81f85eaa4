using System.Text;
using Microsoft.EntityFrameworkCore;
using Tamga.Platform.Audit;
using Tamga.Publications.Data;
using Tamga.Publications.Domain;
using Tamga.Publications.Publish;

namespace Tamga.Publications.Seed;

/// <summary>
/// A few real public documents published on a new database so that the screens are not empty: short summaries
/// of public facts, each with its <see cref="PublicationVersion.Source"/>. They are signed like any publication.
/// </summary>
internal sealed class SeededPublications(PublicationsDbContext db, PublicationDesk desk, TimeProvider clock)
{
    public const string Actor = "tamga";

    public async Task<int> SeedAsync(CancellationToken cancellationToken)
    {
        if (await db.Versions.AnyAsync(cancellationToken))
        {
            return 0;
        }

        var now = clock.GetUtcNow();
        foreach (var version in Documents(now))
        {
            version.RefreshSearchText();
            desk.Sign(version, Actor, now);
            db.Versions.Add(version);
            db.Audit(new AuditEntry(PublicationDesk.Stream(version.Number), Actor, "publication.published", now, null,
                new { version.Number, version.Version, version.Source, version.KeyId, version.Signature }, $"{version.Number} v1 published from a public source"));
        }

        await db.SaveChangesAsync(cancellationToken);
        return 3;
    }

    private static IEnumerable<PublicationVersion> Documents(DateTimeOffset now)
    {
        yield return New(now, "REG-2020-0001", PublicationKind.Regulation, "HM Treasury",
            "The Customs Tariff (Establishment) (EU Exit) Regulations 2020 (S.I. 2020/1430)",
            """
            Summary (not the legal text). These Regulations, made by the Treasury under the Taxation (Cross-border Trade) Act 2018, establish the customs tariff of the United Kingdom, the UK Global Tariff.
            The UK Global Tariff applies to goods imported into the United Kingdom from 1 January 2021, in place of the Common External Tariff of the European Union applied until 31 December 2020.
            The rates of import duty are those of the reference document "The Tariff of the United Kingdom" to which the Regulations refer; Tamga's national tariff holds them as effective-dated measures.
            """,
            new DateOnly(2021, 1, 1),
            "legislation.gov.uk: https://www.legislation.gov.uk/uksi/2020/1430 (S.I. 2020/1430); summary written for Tamga");
        yield return New(now, "AGR-2020-0001", PublicationKind.TradeAgreement, "European Union and United Kingdom",
            "Trade and Cooperation Agreement between the European Union and the European Atomic Energy Community, of the one part, and the United Kingdom of Great Britain and Northern Ireland, of the other part",
            """
            Summary (not the legal text). The Agreement was signed on 30 December 2020 and applied provisionally from 1 January 2021.
            Its trade part provides for zero tariffs and zero quotas on goods that meet its rules of origin, with customs and trade facilitation provisions.
            """,
            new DateOnly(2021, 1, 1),
            "Official Journal of the European Union, L 444, 31 December 2020; summary written for Tamga");
        var boxes = """
            Single Administrative Document (C88): some of its boxes
            Box 1: declaration type
            Box 2: consignor / exporter
            Box 8: consignee
            Box 14: declarant / representative
            Box 31: packages and description of goods
            Box 33: commodity code
            Box 37: procedure
            Box 44: additional information, documents produced, certificates and authorisations
            Box 46: statistical value
            Box 47: calculation of taxes
            """;
        var form = New(now, "FRM-1988-0001", PublicationKind.Form, "HM Revenue & Customs",
            "Single Administrative Document (SAD), form C88",
            """
            The Single Administrative Document (SAD) is the common form of customs declaration introduced in the European Community on 1 January 1988; form C88 is its United Kingdom print, used for paper declarations and as the layout that electronic declarations follow box by box.
            The attached file lists some of its boxes. Electronic declarations in Tamga use the WCO Data Model instead.
            """,
            new DateOnly(1988, 1, 1),
            "HM Revenue & Customs, form C88 (gov.uk); WCO Data Model; summary written for Tamga");
        form.FormNumber = "C88";
        form.AttachmentName = "c88-boxes.txt";
        form.AttachmentContentType = "text/plain";
        form.Attachment = Encoding.UTF8.GetBytes(boxes.Replace("\r\n", "\n", StringComparison.Ordinal) + "\n");
        yield return form;
    }

    private static PublicationVersion New(DateTimeOffset now, string number, PublicationKind kind, string agency, string title, string text, DateOnly from, string source) => new()
    {
        Id = Guid.CreateVersion7(now),
        Number = number,
        Version = 1,
        Kind = kind,
        Agency = agency,
        Title = title,
        Language = "en",
        Text = text.Replace("\r\n", "\n", StringComparison.Ordinal),
        EffectiveFrom = from,
        Source = source,
        CreatedBy = Actor,
        CreatedAt = now,
    };
}
