using System.Globalization;

using Microsoft.Extensions.Options;

using Tamga.Declarations.Contracts;
using Tamga.Platform.Organisation;
using Tamga.Risk.Aeo;
using Tamga.Risk.Capacity;
using Tamga.Risk.Parties;
using Tamga.Risk.Profiles;
using Tamga.Risk.Scoring;

namespace Tamga.Risk.Selectivity;

/// <summary>
/// Selectivity by the Risk module: the explicit rules, the risk profiles in force, and the scoring model's
/// probability when a model is installed. The higher channel wins; every reason is given. Without a model the rules decide alone, as before,
/// and the reasons say so. An AEO authorisation in force lowers the score's channel and the sampled draws; an office's
/// daily capacity lowers selections made by the score alone once it is used up.
/// </summary>
internal sealed class RiskAssessment(
    ExplicitRules rules,
    ActiveProfiles profiles,
    ValuationHistory valuations,
    RiskModelStore models,
    PartyRegistry parties,
    PartyStore store,
    IOptions<RiskOptions> options,
    TimeProvider clock,
    AeoRegister? aeo = null,
    CapacityLedger? capacity = null) : IRiskAssessment
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
        var settings = options.Value;
        var date = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var office = declaration.PresentationOffice ?? declaration.SupervisingOffice ?? "";
        var operatorStatus = aeo?.For(declaration, date);
        var factor = operatorStatus is null ? 1.0 : settings.AeoRateFactor;

        var (channel, reasons) = rules.Evaluate(declaration);
        List<string>? profileSkills = null;
        foreach (var (profile, reason) in profiles.Selecting(declaration, (decimal)factor))
        {
            reasons.Add(reason);
            (hits ??= []).Add(profile.Number);
            if (profile.Skills.Count > 0)
            {
                (profileSkills ??= []).AddRange(profile.Skills);
            }

            if (profile.Channel > channel)
            {
                channel = profile.Channel;
            }
        }

        channel = FromPartyHistory(declaration, channel, reasons, out var importer);

        var valuationFlagged = false;
        foreach (var flag in valuations.Assess(declaration, importer))
        {
            valuationFlagged = true;
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

        var yellowScore = 1 - ((1 - settings.YellowScore) * factor);
        var redScore = 1 - ((1 - settings.RedScore) * factor);
        if (operatorStatus is { } held)
        {
            var reference = held.Authorisation.Reference is { } number ? " " + number : "";
            var valid = held.Authorisation.ValidTo is { } to ? string.Create(CultureInfo.InvariantCulture, $", valid to {to:yyyy-MM-dd}") : "";
            reasons.Add(string.Create(CultureInfo.InvariantCulture, $"AEO: {held.Role} {held.Identifier} holds {held.Authorisation.Type} authorisation{reference}{valid}: controls lowered (score thresholds {yellowScore:0.000} yellow, {redScore:0.000} red; random sample and target-rate draws × {factor:0.##}; rules and watch lists unchanged)"));
        }
        else if (declaration.AuthorisationTypes.FirstOrDefault(t => AeoAuthorisation.Types.Contains(t)) is { } declared)
        {
            reasons.Add($"AEO: declares {declared} (DE 3/39) but the AEO register holds no authorisation in force for the importer or declarant: controls not lowered");
        }

        var sample = settings.RandomSamplePercent * (decimal)factor;
        if (channel == Channel.Green && sample > 0m && RandomDraw.Below(declaration.DeclarationId, "compliance-sample", sample))
        {
            channel = Channel.Yellow;
            reasons.Add(string.Create(CultureInfo.InvariantCulture, $"random compliance-measurement sample ({sample:0.##}% of declarations)"));
        }

        var model = models.Current;
        if (model is null)
        {
            capacity?.Record(office, date, declaration.DeclarationId, channel);
            reasons.Add($"{models.Problem ?? "no scoring model installed"}: explicit rules only");
            return new RiskDecision(channel, reasons, RulesOnly) { Skills = SkillsFor(channel, valuationFlagged, profileSkills) };
        }

        ExplainedRisk? riskiest = null;
        RiskRecord? riskiestItem = null;
        var exploring = settings.ExplorationPercent > 0m && channel == Channel.Green && model.Manifest.ExplorationMeanPriority is > 0;
        (double Priority, double Score, int Controls) unsure = (-1, 0, 0);
        foreach (var item in DeclarationRecords.Of(declaration, date))
        {
            var risk = model.Assess(item);
            if (riskiest is null || risk.Probability > riskiest.Probability)
            {
                riskiest = risk;
                riskiestItem = item;
            }

            if (exploring)
            {
                var controls = ExplorationPriority.PastControls(model.Encoder, item);
                var priority = ExplorationPriority.Of(risk.Probability, controls);
                if (priority > unsure.Priority)
                {
                    unsure = (priority, risk.Probability, controls);
                }
            }
        }

        var scoreChannel = Channel.Green;
        if (riskiest is not null && riskiestItem is not null)
        {
            scoreChannel = riskiest.Probability >= redScore ? Channel.Red
                : riskiest.Probability >= yellowScore ? Channel.Yellow
                : Channel.Green;
            var item = riskiestItem.Id[(riskiestItem.Id.IndexOf('/', StringComparison.Ordinal) + 1)..];
            reasons.Add(string.Create(CultureInfo.InvariantCulture, $"risk score {riskiest.Probability:0.000} (item {item}, {scoreChannel.ToString().ToLowerInvariant()} from the score)"));
            reasons.AddRange(riskiest.Reasons.Take(settings.ReasonsShown).Select(r => "raised by " + r.Description));
        }

        if (scoreChannel > channel)
        {
            // A selection by the score alone: subject to the office's capacity for the day.
            channel = capacity?.Admit(office, date, declaration.DeclarationId, scoreChannel, channel, riskiest!.Probability, reasons) ?? scoreChannel;
        }
        else if (exploring && Explores(declaration.DeclarationId, unsure.Priority, model.Exploration.Observe(Math.Max(0, unsure.Priority)), settings.ExplorationPercent * (decimal)factor) is { } drawn)
        {
            // Exploration: like a selection by the score alone, it gives way when the office's capacity is used up.
            reasons.Add(string.Create(CultureInfo.InvariantCulture, $"exploration: {ExplorationPriority.Describe(unsure.Score, unsure.Controls)}: documentary check so that the model learns (drawn at {drawn:0.##}%)"));
            channel = capacity?.Admit(office, date, declaration.DeclarationId, Channel.Yellow, channel, unsure.Score, reasons, string.Create(CultureInfo.InvariantCulture, $"exploratory selection (score {unsure.Score:0.000})")) ?? Channel.Yellow;
        }
        else
        {
            capacity?.Record(office, date, declaration.DeclarationId, channel);
        }

        return new RiskDecision(channel, reasons, "risk rules + model " + model.Version) { Skills = SkillsFor(channel, valuationFlagged, profileSkills) };
    }

    /// <summary>
    /// The exploration draw: the declaration's probability of being picked is the setting scaled by its priority against
    /// the mean priority of the declarations the model has met (so that on average <paramref name="percent"/> % are
    /// picked), at most 100 %. The draw is a hash of the declaration identifier: the same declaration assessed again gets
    /// the same draw, unless the mean has moved across it.
    /// Returns the probability in percent when picked.
    /// </summary>
    internal static decimal? Explores(Guid declarationId, double priority, double meanPriority, decimal percent)
    {
        if (priority <= 0 || meanPriority <= 0)
        {
            return null;
        }

        var probability = Math.Min(100.0, (double)percent * priority / meanPriority);
        var drawn = Math.Round((decimal)probability, 2);
        return RandomDraw.Below(declarationId, "exploration", drawn) ? drawn : null;
    }

    /// <summary>
    /// The skills the control needs: a physical examination for red, a documentary check for yellow, and valuation
    /// when the declared value was flagged against its history. Green needs no officer.
    /// The profiles that selected the declaration add the skills they name: the union of everything that selected it.
    /// </summary>
    private static IReadOnlyList<string> SkillsFor(Channel channel, bool valuationFlagged, List<string>? profileSkills = null)
    {
        if (channel == Channel.Green)
        {
            return [];
        }

        var skills = new List<string>(4) { channel == Channel.Red ? Skills.Physical : Skills.Documentary };
        if (valuationFlagged)
        {
            skills.Add(Skills.Valuation);
        }

        foreach (var skill in profileSkills ?? [])
        {
            if (!skills.Contains(skill, StringComparer.Ordinal))
            {
                skills.Add(skill);
            }
        }

        return skills;
    }

    /// <summary>
    /// The parties' compliance history from the party registry: a party with irregularities found in past controls
    /// raises the channel, and the officer sees its history.
    /// </summary>
    private Channel FromPartyHistory(DeclarationFacts declaration, Channel channel, List<string> reasons, out ValuationImporter? importer)
    {
        var settings = options.Value;
        var seen = new HashSet<Guid>();
        importer = null;
        foreach (var party in parties.Observe(declaration))
        {
            if (party.Role == PartyRoles.Importer && importer is null)
            {
                importer = new ValuationImporter(party.PartyId, party.Number);
            }

            var history = party.History;
            var byIrregularities = history.Irregularities >= settings.PartyYellowIrregularities;
            var byOffences = history.Offences >= settings.PartyYellowOffences;
            if (!seen.Add(party.PartyId) || !(byIrregularities || byOffences))
            {
                continue;
            }

            var red = (history.Irregularities >= settings.PartyRedIrregularities && history.Irregularities >= settings.PartyRedShare * history.Controls)
                || history.Offences >= settings.PartyRedOffences;
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