using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Tamga.Declarations.Contracts;
using Tamga.Risk.Data;

namespace Tamga.Risk.Parties;

/// <summary>
/// A party's compliance history: declarations it appears in, controls of them and what they found, and the offences
/// recorded against it (<paramref name="Offences"/>: those dated within the years that count; the latest of them).
/// </summary>
internal sealed record PartyHistory(int Declarations, int Controls, int Irregularities, decimal RevenueRaised, int Offences = 0, PartyOffence? LatestOffence = null)
{
    public static PartyHistory None { get; } = new(0, 0, 0, 0m);

    public string Describe(string role) => string.Create(
        CultureInfo.InvariantCulture,
        $"{role}: {Irregularities} {(Irregularities == 1 ? "irregularity" : "irregularities")} in {Controls} {(Controls == 1 ? "control" : "controls")}")
        + (LatestOffence is { } latest
            ? string.Create(CultureInfo.InvariantCulture, $", {Offences} {(Offences == 1 ? "offence" : "offences")} (latest: {latest.Kind} on {latest.OffenceDate:yyyy-MM-dd}, {latest.Reference})")
            : "");
}

/// <summary>A declared party resolved to a registered one.</summary>
internal sealed record ResolvedParty(string Role, Guid PartyId, string Number, PartyHistory History);

/// <summary>
/// The registry of trade participants: resolves the parties of each declaration to the same trader across
/// identifiers and spellings, and keeps each one's compliance history. Held in memory (loaded at start, changes
/// written behind by <see cref="PartyStore"/>) so that selectivity reads it without a query per declaration.
/// <para>Matching, in order: (1) the same normalised identifier (EORI/TIN) is the same party; (2) otherwise the same
/// normalised name at the same postcode is the same party, unless both carry different identifiers of the same
/// country; (3) otherwise a new party. Every identifier, spelling and address attached to a party keeps the reason.</para>
/// </summary>
internal sealed class PartyRegistry(PartyStore store, TimeProvider clock, IOptions<RiskOptions>? options = null)
{
    private readonly int _offenceYears = options?.Value.PartyOffenceYears ?? new RiskOptions().PartyOffenceYears;

    private readonly Lock _lock = new();
    private readonly Dictionary<Guid, Party> _parties = [];
    private readonly Dictionary<string, Guid> _byIdentifier = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Guid> _byNameAtPostcode = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<Guid>> _byAddress = new(StringComparer.Ordinal);
    private readonly Dictionary<Guid, List<(Guid Party, string Role)>> _declarations = [];

    public int Count
    {
        get
        {
            lock (_lock)
            {
                return _parties.Count;
            }
        }
    }

    /// <summary>Reads the registry from the database (at start).</summary>
    public async Task LoadAsync(IServiceScopeFactory scopes, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RiskDbContext>();
        var parties = await db.Parties.AsNoTracking().OrderBy(p => p.Number).ToListAsync(cancellationToken);
        var keys = await db.PartyKeys.AsNoTracking().OrderBy(k => k.LinkedAt).ToListAsync(cancellationToken);
        var declarations = await db.PartyDeclarations.AsNoTracking().ToListAsync(cancellationToken);
        var controls = await db.PartyControls.AsNoTracking().ToListAsync(cancellationToken);
        var offences = await db.PartyOffences.AsNoTracking().OrderBy(o => o.RecordedAt).ToListAsync(cancellationToken);
        lock (_lock)
        {
            Clear();
            foreach (var row in parties)
            {
                _parties[row.Id] = new Party(row);
            }

            foreach (var key in keys)
            {
                if (_parties.TryGetValue(key.PartyId, out var party))
                {
                    Index(party, key);
                }
            }

            foreach (var row in declarations)
            {
                if (_parties.TryGetValue(row.PartyId, out var party))
                {
                    AddDeclaration(party, row.DeclarationId, row.Role);
                }
            }

            foreach (var row in controls)
            {
                if (_parties.TryGetValue(row.PartyId, out var party))
                {
                    party.AddControl(row.DeclarationId, row.Irregularity, row.RevenueRaised);
                }
            }

            foreach (var offence in offences)
            {
                if (_parties.TryGetValue(offence.PartyId, out var party))
                {
                    party.Offences.Add(offence);
                }
            }
        }
    }

    /// <summary>The party's number and identifiers (normalised and as declared), or null when there is no such party.</summary>
    public (string Number, IReadOnlyList<string> Identifiers)? Identity(Guid id)
    {
        lock (_lock)
        {
            if (!_parties.TryGetValue(id, out var party))
            {
                return null;
            }

            var identifiers = party.Keys.Where(k => k.Kind == PartyKeyKinds.Identifier).SelectMany(k => new[] { k.Value, k.Shown })
                .Distinct(StringComparer.Ordinal).ToList();
            return (party.Row.Number, identifiers);
        }
    }

    /// <summary>Adds an offence (stored by the caller) to the party's history; false when there is no such party.</summary>
    public bool AddOffence(PartyOffence offence)
    {
        lock (_lock)
        {
            if (!_parties.TryGetValue(offence.PartyId, out var party))
            {
                return false;
            }

            party.Offences.Add(offence);
            return true;
        }
    }

    /// <summary>Takes back an offence that could not be stored.</summary>
    public void RemoveOffence(PartyOffence offence)
    {
        lock (_lock)
        {
            if (_parties.TryGetValue(offence.PartyId, out var party))
            {
                party.Offences.Remove(offence);
            }
        }
    }

    /// <summary>
    /// Resolves the parties of a declaration, registering what is new (parties, identifiers, spellings, addresses,
    /// the declaration in each role); returns each role's party with its history. A declaration seen again (amended,
    /// assessed again) is not counted twice.
    /// </summary>
    public IReadOnlyList<ResolvedParty> Observe(DeclarationFacts declaration)
    {
        var now = clock.GetUtcNow();
        var facts = Facts(declaration);
        var resolved = new List<ResolvedParty>(facts.Count);
        lock (_lock)
        {
            foreach (var fact in facts)
            {
                var party = Resolve(fact, declaration, now);
                if (party is null)
                {
                    continue;
                }

                if (AddDeclaration(party, declaration.DeclarationId, fact.Role))
                {
                    store.Add(new PartyDeclarationRow { PartyId = party.Row.Id, DeclarationId = declaration.DeclarationId, Role = fact.Role, SeenAt = now });
                }

                resolved.Add(new ResolvedParty(fact.Role, party.Row.Id, party.Row.Number, party.History(declaration.DeclarationId, OffencesSince(now))));
            }
        }

        return resolved;
    }

    /// <summary>Adds a control result to the history of every party of the declaration (once per declaration).</summary>
    public void RecordControl(DeclarationFacts declaration, bool irregularity, decimal? revenueRaised, DateTimeOffset recordedAt)
    {
        var resolved = Observe(declaration);
        lock (_lock)
        {
            foreach (var partyId in resolved.Select(r => r.PartyId).Distinct())
            {
                var party = _parties[partyId];
                if (party.AddControl(declaration.DeclarationId, irregularity, revenueRaised ?? 0m))
                {
                    store.Add(new PartyControlRow { PartyId = partyId, DeclarationId = declaration.DeclarationId, Irregularity = irregularity, RevenueRaised = revenueRaised ?? 0m, RecordedAt = recordedAt });
                }
            }
        }
    }

    /// <summary>Parties whose number, identifier, name or address contains the words (normalised), by number.</summary>
    public IReadOnlyList<PartySummary> Search(string? words, int limit)
    {
        var name = PartyKeys.Name(words);
        var identifier = PartyKeys.Identifier(words, null);
        lock (_lock)
        {
            return _parties.Values
                .Where(p => words is null || p.Row.Number.Contains(words.Trim(), StringComparison.OrdinalIgnoreCase) || p.Keys.Any(k =>
                    (identifier is not null && k.Kind == PartyKeyKinds.Identifier && k.Value.Contains(identifier, StringComparison.Ordinal))
                    || (name is not null && k.Kind != PartyKeyKinds.Identifier && k.Value.Contains(name, StringComparison.Ordinal))))
                .OrderBy(p => p.Row.Number, StringComparer.Ordinal)
                .Take(limit)
                .Select(Summary)
                .ToList();
        }
    }

    /// <summary>One party: identifiers, spellings, addresses with the reason of each link, roles and history.</summary>
    public PartyDetail? Find(Guid id)
    {
        lock (_lock)
        {
            if (!_parties.TryGetValue(id, out var party))
            {
                return null;
            }

            var roles = party.Declarations.GroupBy(d => d.Role).OrderBy(g => g.Key, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
            return new PartyDetail(
                Summary(party),
                party.Keys.Where(k => k.Kind == PartyKeyKinds.Identifier).Select(Link).ToList(),
                party.Keys.Where(k => k.Kind == PartyKeyKinds.Name).Select(Link).ToList(),
                party.Keys.Where(k => k.Kind == PartyKeyKinds.Address).Select(Link).ToList(),
                roles,
                party.Offences.OrderByDescending(o => o.OffenceDate).ThenByDescending(o => o.RecordedAt).Select(o => new OffenceView(o.Id, o.OffenceDate, o.Kind, o.Reference, o.Description, o.PenaltyAmount, o.RecordedBy, o.RecordedAt)).ToList());
        }
    }

    /// <summary>
    /// The party's network: parties at the same address, and the declarants, representatives and sellers of its
    /// declarations with the other parties they also act for (how many declarations each link rests on).
    /// </summary>
    public PartyNetwork? Network(Guid id, int limit)
    {
        lock (_lock)
        {
            if (!_parties.TryGetValue(id, out var party))
            {
                return null;
            }

            var links = new Dictionary<(Guid Party, string Relation, string Via), int>();
            foreach (var address in party.Keys.Where(k => k.Kind == PartyKeyKinds.Address))
            {
                foreach (var other in _byAddress[address.Value].Where(o => o != id))
                {
                    links[(other, "same address", address.Shown)] = 0;
                }
            }

            // Direct: the declarants, representatives and sellers of this party's declarations.
            string[] intermediaries = [PartyRoles.Declarant, PartyRoles.Representative, PartyRoles.Seller];
            var ownDeclarations = new HashSet<Guid>();
            var through = new HashSet<(Guid Party, string Role)>();
            foreach (var (declarationId, role) in party.Declarations)
            {
                if (intermediaries.Contains(role))
                {
                    continue;
                }

                ownDeclarations.Add(declarationId);
                foreach (var (otherId, otherRole) in _declarations[declarationId])
                {
                    if (otherId != id && intermediaries.Contains(otherRole))
                    {
                        var direct = (otherId, $"{otherRole} of its declarations", "");
                        links[direct] = links.GetValueOrDefault(direct) + 1;
                        through.Add((otherId, otherRole));
                    }
                }
            }

            // Through each of them (once each): the other parties it acts for in the same role.
            foreach (var (viaId, viaRole) in through)
            {
                var via = _parties[viaId];
                foreach (var (viaDeclaration, role) in via.Declarations)
                {
                    if (role != viaRole || ownDeclarations.Contains(viaDeclaration))
                    {
                        continue;
                    }

                    foreach (var (thirdId, thirdRole) in _declarations[viaDeclaration])
                    {
                        if (thirdId != id && thirdId != viaId && !intermediaries.Contains(thirdRole))
                        {
                            var shared = (thirdId, $"shares a {viaRole}", via.Row.Number + " " + via.Row.Name);
                            links[shared] = links.GetValueOrDefault(shared) + 1;
                        }
                    }
                }
            }

            var list = links
                .Select(l => new NetworkLink(Summary(_parties[l.Key.Party]), l.Key.Relation, l.Key.Via, l.Value))
                .OrderByDescending(l => l.Declarations).ThenBy(l => l.Party.Number, StringComparer.Ordinal).ThenBy(l => l.Relation, StringComparer.Ordinal)
                .ToList();
            return new PartyNetwork(Summary(party), list.Take(limit).ToList(), list.Count);
        }
    }

    private static PartyLink Link(PartyKeyRow key) => new(key.Shown, key.Value, key.Reason, key.LinkedAt);

    /// <summary>Offences dated on or after this day count in the history (<see cref="RiskOptions.PartyOffenceYears"/>).</summary>
    private DateOnly OffencesSince(DateTimeOffset now) => DateOnly.FromDateTime(now.UtcDateTime).AddYears(-_offenceYears);

    private PartySummary Summary(Party party)
    {
        var history = party.History(null, OffencesSince(clock.GetUtcNow()));
        return new PartySummary(
            party.Row.Id,
            party.Row.Number,
            party.Row.Name,
            party.Keys.Where(k => k.Kind == PartyKeyKinds.Identifier).Select(k => k.Value).Distinct(StringComparer.Ordinal).ToList(),
            history.Declarations,
            history.Controls,
            history.Irregularities,
            history.RevenueRaised,
            history.Offences);
    }

    /// <summary>The declared parties, completed with the identifiers of the flat facts (older events carry no names).</summary>
    private static List<PartyFact> Facts(DeclarationFacts declaration)
    {
        var facts = declaration.Parties.ToList();
        void Ensure(string role, string? id)
        {
            if (!string.IsNullOrWhiteSpace(id) && !facts.Any(f => f.Role == role))
            {
                facts.Add(new PartyFact(role, id, null, null, null, null, null));
            }
        }

        Ensure(PartyRoles.Importer, declaration.ImporterId);
        Ensure(PartyRoles.Exporter, declaration.ExporterId);
        Ensure(PartyRoles.Declarant, declaration.DeclarantId);
        Ensure(PartyRoles.Representative, declaration.RepresentativeId);
        return facts;
    }

    private Party? Resolve(PartyFact fact, DeclarationFacts declaration, DateTimeOffset now)
    {
        var identifier = PartyKeys.Identifier(fact.Id, fact.Country);
        var name = PartyKeys.Name(fact.Name);
        var postcode = PartyKeys.Postcode(fact.Postcode);
        var address = PartyKeys.Address(fact.Street, fact.Postcode, fact.Country);
        if (identifier is null && name is null)
        {
            return null;
        }

        Party? party = null;
        string? reason = null;
        if (identifier is not null && _byIdentifier.TryGetValue(identifier, out var byId))
        {
            party = _parties[byId];
            reason = $"same identifier {identifier}";
        }
        else if (name is not null && postcode is not null && _byNameAtPostcode.TryGetValue(name + "|" + postcode, out var byName)
            && !Conflicts(_parties[byName], identifier))
        {
            party = _parties[byName];
            reason = $"same name {name} and postcode {postcode}";
        }

        if (party is null)
        {
            var number = "PTY-" + (_parties.Count + 1).ToString("000000", CultureInfo.InvariantCulture);
            party = new Party(new PartyRow { Id = Guid.CreateVersion7(now), Number = number, Name = fact.Name?.Trim() is { Length: > 0 } n ? n : identifier!, FirstSeenAt = now });
            _parties[party.Row.Id] = party;
            store.Add(party.Row);
            reason = $"first seen as {fact.Role} on declaration {declaration.Lrn}";
        }

        if (identifier is not null)
        {
            Attach(party, PartyKeyKinds.Identifier, identifier, fact.Id!.Trim(), null, reason!, declaration.DeclarationId, now);
        }

        if (name is not null)
        {
            Attach(party, PartyKeyKinds.Name, name, fact.Name!.Trim(), postcode, reason!, declaration.DeclarationId, now);
        }

        if (address is not null)
        {
            var shown = string.Join(", ", new[] { fact.Street, fact.City, fact.Postcode, fact.Country }.Where(s => !string.IsNullOrWhiteSpace(s)).Select(s => s!.Trim()));
            Attach(party, PartyKeyKinds.Address, address, shown, postcode, reason!, declaration.DeclarationId, now);
        }

        return party;
    }

    /// <summary>A party that already has another identifier of the same country is a different legal person.</summary>
    private static bool Conflicts(Party party, string? identifier) =>
        identifier is { Length: > 2 } && party.Keys.Any(k => k.Kind == PartyKeyKinds.Identifier && k.Value != identifier && k.Value.Length > 2 && k.Value[..2] == identifier[..2]
            && char.IsAsciiLetter(identifier[0]) && char.IsAsciiLetter(identifier[1]));

    private void Attach(Party party, string kind, string value, string shown, string? postcode, string reason, Guid declarationId, DateTimeOffset now)
    {
        if (party.Keys.Any(k => k.Kind == kind && k.Value == value && k.Postcode == postcode && string.Equals(k.Shown, shown, StringComparison.Ordinal)))
        {
            return;
        }

        var first = party.Keys.Count == 0 || reason.StartsWith("first seen", StringComparison.Ordinal);
        var key = new PartyKeyRow
        {
            Id = Guid.CreateVersion7(now),
            PartyId = party.Row.Id,
            Kind = kind,
            Value = value,
            Shown = shown.Length <= 200 ? shown : shown[..200],
            Postcode = postcode,
            Reason = first ? reason : $"linked: {reason}",
            DeclarationId = declarationId,
            LinkedAt = now,
        };
        Index(party, key);
        store.Add(key);
    }

    private void Index(Party party, PartyKeyRow key)
    {
        party.Keys.Add(key);
        switch (key.Kind)
        {
            case PartyKeyKinds.Identifier:
                _byIdentifier.TryAdd(key.Value, party.Row.Id);
                break;
            case PartyKeyKinds.Name when key.Postcode is not null:
                _byNameAtPostcode.TryAdd(key.Value + "|" + key.Postcode, party.Row.Id);
                break;
            case PartyKeyKinds.Address:
                if (!_byAddress.TryGetValue(key.Value, out var set))
                {
                    _byAddress[key.Value] = set = [];
                }

                set.Add(party.Row.Id);
                break;
        }
    }

    private bool AddDeclaration(Party party, Guid declarationId, string role)
    {
        if (!party.Declarations.Add((declarationId, role)))
        {
            return false;
        }

        party.DeclarationIds.Add(declarationId);

        if (!_declarations.TryGetValue(declarationId, out var list))
        {
            _declarations[declarationId] = list = [];
        }

        list.Add((party.Row.Id, role));
        return true;
    }

    private void Clear()
    {
        _parties.Clear();
        _byIdentifier.Clear();
        _byNameAtPostcode.Clear();
        _byAddress.Clear();
        _declarations.Clear();
    }

    private sealed class Party(PartyRow row)
    {
        public PartyRow Row { get; } = row;

        public List<PartyKeyRow> Keys { get; } = [];

        public HashSet<(Guid Declaration, string Role)> Declarations { get; } = [];

        public HashSet<Guid> DeclarationIds { get; } = [];

        public Dictionary<Guid, (bool Irregularity, decimal Revenue)> Controls { get; } = [];

        public List<PartyOffence> Offences { get; } = [];

        private int _irregularities;
        private decimal _revenue;

        public bool AddControl(Guid declarationId, bool irregularity, decimal revenue)
        {
            if (!Controls.TryAdd(declarationId, (irregularity, revenue)))
            {
                return false;
            }

            _irregularities += irregularity ? 1 : 0;
            _revenue += revenue;
            return true;
        }

        /// <summary>
        /// The history, leaving out <paramref name="except"/> (the declaration being assessed), with the offences dated
        /// from <paramref name="offencesSince"/>; constant time but for the party's offences (few).
        /// </summary>
        public PartyHistory History(Guid? except, DateOnly offencesSince)
        {
            var declarations = DeclarationIds.Count;
            int controls = Controls.Count, irregularities = _irregularities;
            var revenue = _revenue;
            if (except is { } own)
            {
                declarations -= DeclarationIds.Contains(own) ? 1 : 0;
                if (Controls.TryGetValue(own, out var control))
                {
                    controls--;
                    irregularities -= control.Irregularity ? 1 : 0;
                    revenue -= control.Revenue;
                }
            }

            int offences = 0;
            PartyOffence? latest = null;
            foreach (var offence in Offences)
            {
                if (offence.OffenceDate >= offencesSince)
                {
                    offences++;
                    if (latest is null || offence.OffenceDate > latest.OffenceDate)
                    {
                        latest = offence;
                    }
                }
            }

            return new PartyHistory(declarations, controls, irregularities, revenue, offences, latest);
        }
    }
}

/// <summary>A party in a list: number, name, identifiers and history in figures.</summary>
internal sealed record PartySummary(Guid Id, string Number, string Name, IReadOnlyList<string> Identifiers, int Declarations, int Controls, int Irregularities, decimal RevenueRaised, int Offences);

/// <summary>An offence recorded against a party, as analysts and officers read it.</summary>
internal sealed record OffenceView(Guid Id, DateOnly OffenceDate, string Kind, string Reference, string Description, decimal? PenaltyAmount, string RecordedBy, DateTimeOffset RecordedAt);

/// <summary>An identifier, spelling or address of a party: as declared, normalised, and why it belongs to the party.</summary>
internal sealed record PartyLink(string Declared, string Normalised, string Reason, DateTimeOffset LinkedAt);

internal sealed record PartyDetail(PartySummary Party, IReadOnlyList<PartyLink> Identifiers, IReadOnlyList<PartyLink> Names, IReadOnlyList<PartyLink> Addresses, IReadOnlyDictionary<string, int> Roles, IReadOnlyList<OffenceView> Offences);

internal sealed record NetworkLink(PartySummary Party, string Relation, string Via, int Declarations);

internal sealed record PartyNetwork(PartySummary Party, IReadOnlyList<NetworkLink> Links, int Total);
