using System.Globalization;

using Microsoft.Extensions.Options;

using Tamga.Declarations.Contracts;
using Tamga.Risk.Parties;
using Tamga.Risk.Profiles;
using Tamga.Risk.Scoring;

namespace Tamga.Risk.Selectivity;

/// <summary>
/// Selectivity by the Risk module: the explicit rules, the risk profiles in force, and the scoring model's
/// probability when a model is installed. The higher channel wins; every reason is given. Without a model the rules decide alone, as before,
/// and the reasons say so.
/// </summary>
internal sealed class RiskAssessment(ExplicitRules rules, ActiveProfiles profiles, ValuationHistory valuations, RiskModelStore models, PartyRegistry parties, PartyStore store, IOptions<RiskOptions> options, TimeProvider clock) : IRiskAssessment
{
    public const string RulesOnly = "risk rules (no model)";

    public ValueTask<RiskDecision> AssessAsync(DeclarationFacts declaration, CancellationToken cancellationToken)
    {
        var settled = profiles.SettledAsync();
        return settled.IsCompleted ? ValueTask.FromResult(Assess(declaration)) : AfterChangeAsync(settled, declaration, cancellationToken);
    }

    private async ValueTask<RiskDecision> AfterChangeAsync(Task settled, DeclarationFacts declaration, CancellationToken cancellationToken)
    {
        await settled.WaitAsync(cancellationToken);
        return Assess(declaration);
    }

    public RiskDecision Assess(DeclarationFacts declaration)
    {
        var decision = Decide(declaration, out var hits);
        store.Assessed(new AssessmentRow
        {
            DeclarationId = declaration.DeclarationId,
            Office = declaration.PresentationOffice ?? declaration.SupervisingOffice ?? "",
            Channel = decision.Channel,
            Profiles = hits is null ? "" : string.Join(' ', hits),
            AssessedAt = clock.GetUtcNow(),
        });
        return decision;
    }

    private RiskDecision Decide(DeclarationFacts declaration, out List<string>? hits)
    {
        hits = null;
        var (channel, reasons) = rules.Evaluate(declaration);
        foreach (var (profile, reason) in profiles.Selecting(declaration))
        {
            reasons.Add(reason);
            (hits ??= []).Add(profile.Number);
            if (profile.Channel > channel)
            {
                channel = profile.Channel;
            }
        }

        channel = FromPartyHistory(declaration, channel, reasons);

        foreach (var flag in valuations.Assess(declaration))
        {
            reasons.Add(flag);
            if (channel < Channel.Yellow)
            {
                channel = Channel.Yellow;
            }
        }

        if (reasons.Count == 0)
        {
            reasons.Add("no selectivity criterion matched");
        }

        var sample = options.Value.RandomSamplePercent;
        if (channel == Channel.Green && sample > 0m && RandomDraw.Below(declaration.DeclarationId, "compliance-sample", sample))
        {
            channel = Channel.Yellow;
            reasons.Add(string.Create(CultureInfo.InvariantCulture, $"random compliance-measurement sample ({sample:0.##}% of declarations)"));
        }

        var model = models.Current;
        if (model is null)
        {
            reasons.Add($"{models.Problem ?? "no scoring model installed"}: explicit rules only");
            return new RiskDecision(channel, reasons, RulesOnly);
        }

        var settings = options.Value;
        var date = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        ExplainedRisk? riskiest = null;
        RiskRecord? riskiestItem = null;
        foreach (var item in DeclarationRecords.Of(declaration, date))
        {
            var risk = model.Assess(item);
            if (riskiest is null || risk.Probability > riskiest.Probability)
            {
                riskiest = risk;
                riskiestItem = item;
            }
        }

        if (riskiest is not null && riskiestItem is not null)
        {
            var scoreChannel = riskiest.Probability >= settings.RedScore ? Channel.Red
                : riskiest.Probability >= settings.YellowScore ? Channel.Yellow
                : Channel.Green;
            if (scoreChannel > channel)
            {
                channel = scoreChannel;
            }

            var item = riskiestItem.Id[(riskiestItem.Id.IndexOf('/', StringComparison.Ordinal) + 1)..];
            reasons.Add(string.Create(CultureInfo.InvariantCulture, $"risk score {riskiest.Probability:0.000} (item {item}, {scoreChannel.ToString().ToLowerInvariant()} from the score)"));
            reasons.AddRange(riskiest.Reasons.Take(settings.ReasonsShown).Select(r => "raised by " + r.Description));
        }

        return new RiskDecision(channel, reasons, "risk rules + model " + model.Version);
    }

    /// <summary>
    /// The parties' compliance history from the party registry: a party with irregularities found in past controls
    /// raises the channel, and the officer sees its history.
    /// </summary>
    private Channel FromPartyHistory(DeclarationFacts declaration, Channel channel, List<string> reasons)
    {
        var settings = options.Value;
        var seen = new HashSet<Guid>();
        foreach (var party in parties.Observe(declaration))
        {
            var history = party.History;
            if (!seen.Add(party.PartyId) || history.Irregularities < settings.PartyYellowIrregularities)
            {
                continue;
            }

            var red = history.Irregularities >= settings.PartyRedIrregularities && history.Irregularities >= settings.PartyRedShare * history.Controls;
            var partyChannel = red ? Channel.Red : Channel.Yellow;
            reasons.Add($"{history.Describe(party.Role)} (party {party.Number}; {partyChannel.ToString().ToLowerInvariant()} from its history)");
            if (partyChannel > channel)
            {
                channel = partyChannel;
            }
        }

        return channel;
    }
}