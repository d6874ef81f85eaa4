using System.Globalization;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Tamga.Kernel.Errors;
using Tamga.Platform.Audit;
using Tamga.Platform.Persistence;
using Tamga.Platform.Security;
using Tamga.Platform.Signing;
using Tamga.Tariff.ApplyForRuling;
using Tamga.Tariff.Data;
using Tamga.Tariff.Domain;

namespace Tamga.Tariff.PublishedRulings;

/// <summary>The public register of rulings: search, look-up by number (e.g. when a declaration cites one), signature check, appeals.</summary>
internal sealed partial class RulingRegister(TariffDbContext db, DocumentSigner signer, TimeProvider clock)
{
    public const int MaxResults = 200;

    /// <summary>Rulings whose number or code starts with the query, or whose published text holds each of its words; newest first.</summary>
    public async Task<IReadOnlyList<Ruling>> SearchAsync(string? query, CancellationToken cancellationToken)
    {
        var found = await Matching(query).OrderByDescending(r => r.PublishedAt).Take(MaxResults).ToListAsync(cancellationToken);
        await WithAnnulmentsAsync(found, cancellationToken);
        return found;
    }

    private IQueryable<Ruling> Matching(string? query)
    {
        var rulings = db.Rulings.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(query))
        {
            var compact = query.Trim();
            if (compact.All(char.IsAsciiDigit))
            {
                rulings = rulings.Where(r => r.CommodityCode.StartsWith(compact));
            }
            else if (compact.StartsWith("BTI-", StringComparison.OrdinalIgnoreCase))
            {
                var number = compact.ToUpperInvariant();
                rulings = rulings.Where(r => r.Number.StartsWith(number));
            }
            else
            {
                foreach (var word in compact.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(10))
                {
                    rulings = rulings.Where(r => r.SearchText.Contains(word));
                }
            }
        }

        return rulings;
    }

    /// <summary>The ruling with its annulment, if a court decision annulled it.</summary>
    public async Task<Ruling?> FindAsync(string number, CancellationToken cancellationToken)
    {
        var ruling = await db.Rulings.AsNoTracking().FirstOrDefaultAsync(r => r.Number == number, cancellationToken);
        if (ruling is not null)
        {
            await WithAnnulmentsAsync([ruling], cancellationToken);
        }

        return ruling;
    }

    /// <summary>Checks the stored signature against the text rebuilt from the stored fields.</summary>
    public RulingVerification Verify(Ruling ruling)
    {
        var text = ruling.CanonicalText();
        var valid = string.Equals(ruling.KeyId, signer.KeyId, StringComparison.Ordinal) && signer.Verify(text, ruling.Signature);
        return new RulingVerification(ruling.Number, valid, ruling.KeyId, DocumentSigner.Algorithm, ruling.Signature, text);
    }

    public Task<RulingOutcome<RulingAppeal>> AppealAsync(string number, string? grounds, ClaimsPrincipal user, CancellationToken cancellationToken) =>
        RegisterNumbers.PublishAsync(db, () => AppealOnceAsync(number, grounds, user, cancellationToken));

    private async Task<RulingOutcome<RulingAppeal>> AppealOnceAsync(string number, string? grounds, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var party = user.PartyId();
        var ruling = await FindAsync(number, cancellationToken);
        if (ruling is null || party is null)
        {
            return RulingOutcome<RulingAppeal>.NotFound();
        }

        var errors = new List<RuleViolation>();
        var text = ApplicationHandler.Text("grounds", grounds, required: true, minLength: 20, errors);
        if (errors.Count > 0)
        {
            return RulingOutcome<RulingAppeal>.Invalid(errors);
        }

        var now = clock.GetUtcNow();
        var appeal = new RulingAppeal
        {
            Id = Guid.CreateVersion7(now),
            Reference = await RegisterNumbers.NextAsync(db.RulingAppeals.Select(a => a.Reference), "APL", now, 6, cancellationToken),
            RulingNumber = ruling.Number,
            Party = party,
            SubmittedBy = user.UserName(),
            Grounds = text!,
            SubmittedAt = now,
        };
        db.RulingAppeals.Add(appeal);
        db.Audit(new AuditEntry("ruling/" + ruling.Number, user.Actor(), "ruling.appealed", now, null, new { appeal.Reference, appeal.Party, appeal.Grounds }, $"appeal {appeal.Reference} against {ruling.Number}"));
        await db.SaveChangesAsync(cancellationToken);
        return RulingOutcome<RulingAppeal>.Ok(appeal);
    }
}

/// <summary>The result of checking a ruling's signature, with the exact text signed so that anyone can check it with the public key.</summary>
public sealed record RulingVerification(string Number, bool Valid, string KeyId, string Algorithm, string Signature, string SignedText);
