using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tamga.Tariff.Contracts;
using Tamga.Tariff.Data;

namespace Tamga.Tariff.PublishedRulings;

/// <summary>
/// <see cref="IRulingCheck"/> over the rulings register: the ruling exists, its signature still verifies, it is
/// valid on the date (and not annulled by a court decision from that date or earlier), it gives the declared code,
/// and it was issued to the party (its application's party; the holder is never published but is known here).
/// </summary>
internal sealed class RulingCheck(IServiceScopeFactory scopes) : IRulingCheck
{
    public async Task<RulingCheckResult> CheckAsync(string rulingNumber, DateOnly date, string commodityCode, string holderParty, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(rulingNumber);
        ArgumentNullException.ThrowIfNull(commodityCode);
        ArgumentNullException.ThrowIfNull(holderParty);
        var number = rulingNumber.Trim().ToUpperInvariant();
        if (number.Length is 0 or > 20)
        {
            return new(rulingNumber, RulingCheckOutcome.Unknown, null, null, null);
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TariffDbContext>();
        var ruling = await db.Rulings.AsNoTracking().FirstOrDefaultAsync(r => r.Number == number, cancellationToken);
        if (ruling is null)
        {
            return new(number, RulingCheckOutcome.Unknown, null, null, null);
        }

        RulingCheckResult Answer(RulingCheckOutcome outcome) => new(number, outcome, ruling.CommodityCode, ruling.ValidFrom, ruling.ValidTo);

        var register = scope.ServiceProvider.GetRequiredService<RulingRegister>();
        if (!register.Verify(ruling).Valid)
        {
            return Answer(RulingCheckOutcome.SignatureInvalid);
        }

        // A court decision that annulled the ruling ends it from the judgment date; an annulment is relied on (or
        // ignored) only when the decision still matches its signature.
        var annulling = await register.AnnullingDecisionsAsync(ruling.Number, cancellationToken);
        if (annulling.Any(a => !a.Authentic))
        {
            return Answer(RulingCheckOutcome.SignatureInvalid);
        }

        if (annulling.Count > 0)
        {
            var first = annulling.Select(a => a.Decision).OrderBy(d => d.JudgmentDate).ThenBy(d => d.Number, StringComparer.Ordinal).First();
            ruling.Annulment = new Domain.Annulment(first.JudgmentDate, first.Number);
        }

        if (!ruling.ValidOn(date))
        {
            return Answer(RulingCheckOutcome.NotValidOnDate);
        }

        if (!SameLine(ruling.CommodityCode, commodityCode.Trim()))
        {
            return Answer(RulingCheckOutcome.OtherCommodity);
        }

        var holder = await db.RulingApplications.AsNoTracking().Where(a => a.Id == ruling.ApplicationId).Select(a => a.Party).FirstOrDefaultAsync(cancellationToken);
        return Answer(string.Equals(holder, holderParty.Trim(), StringComparison.OrdinalIgnoreCase) ? RulingCheckOutcome.Valid : RulingCheckOutcome.OtherHolder);
    }

    /// <summary>Equal codes, or one of 10 digits under the other of 8 (a TARIC-level split of the ruling's CN line, or the reverse).</summary>
    internal static bool SameLine(string rulingCode, string declaredCode)
    {
        if (declaredCode.Length < 8 || !declaredCode.All(char.IsAsciiDigit))
        {
            return false;
        }

        var (shorter, longer) = rulingCode.Length <= declaredCode.Length ? (rulingCode, declaredCode) : (declaredCode, rulingCode);
        return longer.StartsWith(shorter, StringComparison.Ordinal);
    }
}
