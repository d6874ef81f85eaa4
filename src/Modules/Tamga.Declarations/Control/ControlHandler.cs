using System.Security.Claims;
using Tamga.Declarations.Contracts;
using Tamga.Declarations.Domain;
using Tamga.Declarations.Processing;
using Tamga.Declarations.ReadDeclarations;
using Tamga.Kernel.Errors;
using Tamga.Platform.Organisation;
using Tamga.Platform.Security;

namespace Tamga.Declarations.Control;

/// <summary>A duty or tax line an officer determines: <see cref="Unit"/> only for a specific duty (its base is then a quantity).</summary>
public sealed record DeterminedLine(int? Item, string? TaxType, decimal? Base, decimal? Rate, decimal? Amount, string? Unit = null);

/// <summary>A document a trader sent, for download by those who may read the declaration.</summary>
internal sealed record DocumentFile(string FileName, string ContentType, byte[] Content);

/// <summary>
/// Officer control (assignment, document requests, the control result, invalidation) and the trader's documents:
/// checks the request, loads the declaration the caller may act on, applies the lifecycle step and saves it with its
/// audit records and notifications. Used by the control endpoints and by the declaration and control pages.
/// </summary>
internal sealed class ControlHandler(DeclarationStore store, DeclarationAccess access, UserDirectory users, TimeProvider clock)
{
    public const int MaxDocumentBytes = 10 * 1024 * 1024;
    public const int MaxDescriptionLength = 1000;
    public const int MaxFindingsLength = 2000;
    public const int MaxReasonLength = 500;

    public const string Release = "release";
    public const string Refuse = "refuse";

    /// <summary>
    /// Assigns the control to <paramref name="officer"/>, or to the caller when none is named; only a supervisor assigns
    /// someone else. The officer must hold every skill the control requires (rule <c>CTL-SKILL</c>, 422), as the user
    /// directory records them now — an officer with none recorded holds the default ones (<see cref="Skills.Default"/>).
    /// </summary>
    public async Task<ActionOutcome> AssignAsync(Guid id, ClaimsPrincipal user, string? officer, CancellationToken cancellationToken)
    {
        var assignee = string.IsNullOrWhiteSpace(officer) ? user.UserName() : officer.Trim();
        var held = await users.FindAsync(assignee, cancellationToken) is { } found ? Skills.Held(found.SkillList) : null;
        return await ControlAsync(id, user, cancellationToken, declaration =>
        {
            if (assignee != user.UserName() && !user.IsInRole(Roles.Supervisor))
            {
                return new ActionOutcome.Forbidden("Only a supervisor assigns work to another officer.");
            }

            if (held is null)
            {
                return new ActionOutcome.Rejected([new RuleViolation("officer", "CTL-OFFICER", $"No user is called {assignee}.")]);
            }

            var lacking = declaration.RequiredSkillList.Where(s => !held.Contains(s, StringComparer.Ordinal)).ToList();
            if (lacking.Count > 0)
            {
                return new ActionOutcome.Rejected([new RuleViolation("officer", "CTL-SKILL", $"{assignee} does not hold the skill(s) the control requires: {string.Join(", ", lacking)}.")]);
            }

            declaration.Assign(assignee, clock.GetUtcNow(), user.Actor());
            return null;
        });
    }

    public Task<ActionOutcome> RequestDocumentsAsync(Guid id, ClaimsPrincipal user, string? description, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(description) || description.Length > MaxDescriptionLength)
        {
            return Task.FromResult<ActionOutcome>(new ActionOutcome.Invalid([new RuleViolation("description", "DEC-DOC-DESCRIPTION", "Describe the documents asked for in 1 to 1000 characters.")]));
        }

        return ControlAsync(id, user, cancellationToken, declaration =>
        {
            declaration.RequestDocuments(description.Trim(), clock.GetUtcNow(), user.Actor());
            return null;
        });
    }

    /// <param name="outcome"><see cref="Release"/> or <see cref="Refuse"/>.</param>
    /// <param name="irregularity">Whether an irregularity was found; by default, when the goods are refused.</param>
    /// <param name="revenueRaised">Duties and taxes the control raised, in the administration's currency.</param>
    public Task<ActionOutcome> RecordResultAsync(Guid id, ClaimsPrincipal user, string? findings, string? outcome, CancellationToken cancellationToken, bool? irregularity = null, decimal? revenueRaised = null)
    {
        var errors = new List<RuleViolation>();
        if (string.IsNullOrWhiteSpace(findings) || findings.Length > MaxFindingsLength)
        {
            errors.Add(new("findings", "DEC-CONTROL-FINDINGS", "Findings of 1 to 2000 characters are required."));
        }

        if (outcome is not (Release or Refuse))
        {
            errors.Add(new("outcome", "DEC-CONTROL-OUTCOME", "The outcome is 'release' or 'refuse'."));
        }

        if (revenueRaised is < 0m or > 1_000_000_000_000m)
        {
            errors.Add(new("revenueRaised", "DEC-CONTROL-REVENUE", "The revenue raised is between 0 and 1,000,000,000,000."));
        }

        if (errors.Count > 0)
        {
            return Task.FromResult<ActionOutcome>(new ActionOutcome.Invalid(errors));
        }

        return ControlAsync(id, user, cancellationToken, declaration =>
        {
            var at = clock.GetUtcNow();
            declaration.RecordControlResult(findings!.Trim(), outcome == Release, at, user.Actor());
            if (StoredFacts.Of(declaration) is { } facts)
            {
                store.Publish(new ControlResultRecorded(declaration.Id, declaration.Mrn, irregularity ?? outcome == Refuse, revenueRaised, findings.Trim(), user.Actor(), facts) { OccurredAt = at });
            }

            return null;
        });
    }

    /// <summary>
    /// The officer determines the duties the calculation could not: every line's item, tax type, base, rate and
    /// amount, in one currency, with the reason (legal base, ruling, finding).
    /// </summary>
    public Task<ActionOutcome> DetermineDutiesAsync(Guid id, ClaimsPrincipal user, IReadOnlyList<DeterminedLine>? lines, string? currency, string? reason, CancellationToken cancellationToken)
    {
        var errors = new List<RuleViolation>();
        if (lines is null || lines.Count is 0 or > 999)
        {
            errors.Add(new("lines", "DEC-DUTY-LINES", "Between 1 and 999 duty and tax lines are required."));
        }

        if (currency is null || currency.Length != 3 || !currency.All(char.IsAsciiLetterUpper))
        {
            errors.Add(new("currency", "DEC-DUTY-CURRENCY", "The currency is an ISO 4217 code of three capital letters."));
        }

        if (string.IsNullOrWhiteSpace(reason) || reason.Length > MaxReasonLength)
        {
            errors.Add(new("reason", "DEC-DUTY-REASON", "A reason of 1 to 500 characters is required (legal base, ruling or finding)."));
        }

        for (var i = 0; lines is not null && i < lines.Count && i < 999; i++)
        {
            var line = lines[i];
            if (line.Item is null or < 1 or > 999)
            {
                errors.Add(new($"lines[{i}].item", "DEC-DUTY-ITEM", "The goods item number is between 1 and 999."));
            }

            if (line.TaxType is null || line.TaxType.Length != 3 || !line.TaxType.All(char.IsAsciiLetterOrDigit))
            {
                errors.Add(new($"lines[{i}].taxType", "DEC-DUTY-TYPE", "The tax type (DE 4/3) is three letters or digits, e.g. A00."));
            }

            foreach (var (name, value) in new[] { ("base", line.Base), ("rate", line.Rate), ("amount", line.Amount) })
            {
                if (value is null or < 0m or > 1_000_000_000_000m || decimal.Round(value.Value, 6) != value)
                {
                    errors.Add(new($"lines[{i}].{name}", "DEC-DUTY-AMOUNT", $"The {name} is a number between 0 and 1,000,000,000,000 with at most 6 decimals."));
                }
            }

            if (line.Unit is { } unit && (unit.Length is 0 or > 3 || !unit.All(char.IsAsciiLetterOrDigit)))
            {
                errors.Add(new($"lines[{i}].unit", "DEC-DUTY-UNIT", "The unit of a specific duty is a UN/ECE Recommendation 20 code, e.g. KGM or LTR."));
            }

            if (line.Amount is { } amount && decimal.Round(amount, 2) != amount)
            {
                errors.Add(new($"lines[{i}].amount", "DEC-DUTY-ROUNDING", "The amount is in whole cents (2 decimals at most)."));
            }
        }

        if (errors.Count > 0)
        {
            return Task.FromResult<ActionOutcome>(new ActionOutcome.Invalid(errors));
        }

        return ControlAsync(id, user, cancellationToken, declaration =>
        {
            var items = StoredFacts.Of(declaration)?.Items.Count ?? 0;
            var unknown = lines!.Select((l, i) => (l, i)).Where(x => x.l.Item > items).Select(x => new RuleViolation($"lines[{x.i}].item", "DEC-DUTY-ITEM", $"The declaration has {items} goods item(s).")).ToList();
            if (unknown.Count > 0)
            {
                return new ActionOutcome.Invalid(unknown);
            }

            var taxLines = lines!.Select(l => new TaxLine(l.Item!.Value, l.TaxType!, l.Base!.Value, l.Rate!.Value, l.Amount!.Value, currency!, "determined by an officer: " + reason!.Trim(), l.Unit)).ToList();
            declaration.DetermineDuties(taxLines, currency!, reason!.Trim(), clock.GetUtcNow(), user.Actor());
            return null;
        });
    }

    public Task<ActionOutcome> InvalidateAsync(Guid id, ClaimsPrincipal user, string? reason, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(reason) || reason.Length > MaxReasonLength)
        {
            return Task.FromResult<ActionOutcome>(new ActionOutcome.Invalid([new RuleViolation("reason", "DEC-INVALIDATE-REASON", "A reason of 1 to 500 characters is required.")]));
        }

        return ControlAsync(id, user, cancellationToken, declaration =>
        {
            declaration.Invalidate(reason.Trim(), clock.GetUtcNow(), user.Actor());
            return null;
        });
    }

    /// <summary>
    /// What is wrong with a document sent for a request. <paramref name="content"/> null: the caller could not read the
    /// content (e.g. bad base64) and reports that itself.
    /// </summary>
    public static List<RuleViolation> CheckDocument(Guid? requestId, string? fileName, string? contentType, byte[]? content)
    {
        var errors = new List<RuleViolation>();
        if (requestId is null)
        {
            errors.Add(new("requestId", "DEC-DOC-REQUEST", "The document request answered is required."));
        }

        if (string.IsNullOrWhiteSpace(fileName) || fileName.Length > 255 || fileName.IndexOfAny(['/', '\\', '\0']) >= 0)
        {
            errors.Add(new("fileName", "DEC-DOC-NAME", "A file name of 1 to 255 characters without path separators is required."));
        }

        if (string.IsNullOrWhiteSpace(contentType) || contentType.Length > 100)
        {
            errors.Add(new("contentType", "DEC-DOC-TYPE", "The content type (e.g. application/pdf) is required."));
        }

        if (content is { Length: 0 or > MaxDocumentBytes })
        {
            errors.Add(new("contentBase64", "DEC-DOC-SIZE", $"The document has 1 byte to {MaxDocumentBytes} bytes."));
        }

        return errors;
    }

    /// <summary>The declarant (or another party of the declaration) sends a requested document.</summary>
    public async Task<ActionOutcome> ReceiveDocumentAsync(Guid id, ClaimsPrincipal user, Guid? requestId, string? fileName, string? contentType, byte[] content, CancellationToken cancellationToken)
    {
        var errors = CheckDocument(requestId, fileName, contentType, content);
        if (errors.Count > 0)
        {
            return new ActionOutcome.Invalid(errors);
        }

        var declaration = await store.FindAsync(id, cancellationToken);
        if (declaration is null || user.PartyId() is not { } party || !declaration.IsReadableBy(party))
        {
            return ActionOutcome.Missing;
        }

        var before = declaration.Snapshot();
        try
        {
            declaration.ReceiveDocument(requestId!.Value, fileName!, contentType!, content, clock.GetUtcNow(), user.Actor());
        }
        catch (DeclarationRuleException refused)
        {
            return new ActionOutcome.Refused(refused.Message);
        }

        await store.SaveAsync(declaration, before, cancellationToken);
        return new ActionOutcome.Done(declaration);
    }

    /// <summary>A received document, for anyone who may read the declaration; null when there is none to give.</summary>
    public async Task<DocumentFile?> FindDocumentAsync(Guid id, Guid requestId, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var declaration = await store.FindAsync(id, cancellationToken);
        var scope = await access.ScopeAsync(user, cancellationToken);
        if (declaration is null || !scope.CanRead(declaration))
        {
            return null;
        }

        var request = declaration.DocumentRequests.FirstOrDefault(r => r.Id == requestId);
        return request is { Content: { } content, FileName: { } name, ContentType: { } type } ? new DocumentFile(name, type, content) : null;
    }

    /// <summary>Loads a declaration the officer may control, applies the action, saves; lifecycle refusals become <see cref="ActionOutcome.Refused"/>.</summary>
    private async Task<ActionOutcome> ControlAsync(Guid id, ClaimsPrincipal user, CancellationToken cancellationToken, Func<Declaration, ActionOutcome?> action)
    {
        var declaration = await store.FindAsync(id, cancellationToken);
        var scope = await access.ScopeAsync(user, cancellationToken);
        if (declaration is null || !scope.CanControl(declaration))
        {
            return ActionOutcome.Missing;
        }

        var before = declaration.Snapshot();
        try
        {
            if (action(declaration) is { } refusal)
            {
                return refusal;
            }
        }
        catch (DeclarationRuleException refused)
        {
            return new ActionOutcome.Refused(refused.Message);
        }

        await store.SaveAsync(declaration, before, cancellationToken);
        return new ActionOutcome.Done(declaration);
    }
}
