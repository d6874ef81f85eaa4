using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Tamga.Declarations.Data;
using Tamga.Declarations.Domain;
using Tamga.Declarations.Processing;
using Tamga.Declarations.ReadDeclarations;
using Tamga.Kernel.Errors;
using Tamga.Platform.Http;
using Tamga.Platform.Security;

namespace Tamga.Declarations.Control;

public sealed record QueueItem(Guid Id, string? Mrn, string Lrn, string TypeCode, string Declarant, string? Channel, IReadOnlyList<string> Reasons, string? ControlOffice, string? AssignedOfficer, DateTimeOffset LodgedAt, int DocumentsRequested, int DocumentsReceived);

public sealed record AssignmentRequest(string? Officer);

public sealed record DocumentRequestBody(string? Description);

public sealed record ControlResultRequest(string? Findings, string? Outcome);

public sealed record InvalidationRequest(string? Reason);

public sealed record DocumentUpload(Guid? RequestId, string? FileName, string? ContentType, string? ContentBase64);

/// <summary>Officer control: the work queue of the officer's offices, assignment, documents, the control result.</summary>
internal static class ControlEndpoints
{
    public const int MaxDocumentBytes = 10 * 1024 * 1024;

    public static void Map(IEndpointRouteBuilder endpoints, RouteGroupBuilder declarations)
    {
        endpoints.MapGet(DeclarationsApi.Queue, Queue).WithTags("Control").RequireAuthorization(Policies.Officer)
            .WithSummary("Declarations under control in the officer's offices (and the offices they supervise), oldest first.");
        declarations.MapPost("/{id:guid}/assignment", Assign).RequireAuthorization(Policies.Officer)
            .WithSummary("Assigns the control to an officer (yourself when no officer is named).");
        declarations.MapPost("/{id:guid}/document-requests", RequestDocuments).RequireAuthorization(Policies.Officer)
            .WithSummary("Asks the declarant for documents (DMSDOC).");
        declarations.MapPost("/{id:guid}/documents", UploadDocument).RequireAuthorization(Policies.Trader)
            .WithSummary("The declarant sends a requested document (base64 content, at most 10 MiB).");
        declarations.MapPost("/{id:guid}/control-result", RecordControlResult).RequireAuthorization(Policies.Officer)
            .WithSummary("Records the findings, then releases (DMSRES, DMSCLE) or refuses (DMSRES).");
        declarations.MapPost("/{id:guid}/invalidation", Invalidate).RequireAuthorization(Policies.Officer)
            .WithSummary("Invalidates a released declaration (DMSINV).");
    }

    private static async Task<IResult> Queue(ClaimsPrincipal user, DeclarationsDbContext db, DeclarationAccess access, bool? mine, int? page, int? pageSize, CancellationToken ct)
    {
        var size = pageSize ?? 50;
        var number = page ?? 1;
        if (size is < 1 or > 200 || number is < 1 or > 100_000)
        {
            return Problems.Rules([new RuleViolation(size is < 1 or > 200 ? "pageSize" : "page", "PAGE", "pageSize is between 1 and 200 and page from 1.")]);
        }

        var offices = (await access.ScopeAsync(user, ct)).Offices ?? [];
        var query = db.Declarations.AsNoTracking()
            .Where(d => d.Status == DeclarationStatus.UnderControl && d.ControlOffice != null && offices.Contains(d.ControlOffice));
        if (mine == true)
        {
            var me = user.UserName();
            query = query.Where(d => d.AssignedOfficer == me);
        }

        var total = await query.CountAsync(ct);
        var items = await query.OrderBy(d => d.LodgedAt).Skip((number - 1) * size).Take(size)
            .Select(d => new { Declaration = d, Requested = d.DocumentRequests.Count, Received = d.DocumentRequests.Count(r => r.ReceivedAt != null) })
            .ToListAsync(ct);
        return TypedResults.Ok(new
        {
            page = number,
            pageSize = size,
            total,
            items = items.Select(i => new QueueItem(i.Declaration.Id, i.Declaration.Mrn, i.Declaration.Lrn, i.Declaration.TypeCode, i.Declaration.DeclarantId, i.Declaration.Channel?.ToString(), i.Declaration.Reasons, i.Declaration.ControlOffice, i.Declaration.AssignedOfficer, i.Declaration.LodgedAt, i.Requested, i.Received)).ToList(),
        });
    }

    private static Task<IResult> Assign(Guid id, AssignmentRequest? request, ClaimsPrincipal user, DeclarationStore store, DeclarationAccess access, TimeProvider clock, CancellationToken ct) =>
        ControlAsync(id, user, store, access, ct, declaration =>
        {
            var officer = string.IsNullOrWhiteSpace(request?.Officer) ? user.UserName() : request.Officer.Trim();
            if (officer != user.UserName() && !user.IsInRole(Tamga.Platform.Organisation.Roles.Supervisor))
            {
                return Problems.Status(StatusCodes.Status403Forbidden, "Only a supervisor assigns work to another officer.");
            }

            declaration.Assign(officer, clock.GetUtcNow(), user.Actor());
            return null;
        });

    private static Task<IResult> RequestDocuments(Guid id, DocumentRequestBody? request, ClaimsPrincipal user, DeclarationStore store, DeclarationAccess access, TimeProvider clock, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(request?.Description) || request.Description.Length > 1000)
        {
            return Task.FromResult<IResult>(Problems.Rules([new RuleViolation("description", "DEC-DOC-DESCRIPTION", "Describe the documents asked for in 1 to 1000 characters.")]));
        }

        return ControlAsync(id, user, store, access, ct, declaration =>
        {
            declaration.RequestDocuments(request.Description.Trim(), clock.GetUtcNow(), user.Actor());
            return null;
        });
    }

    private static Task<IResult> RecordControlResult(Guid id, ControlResultRequest? request, ClaimsPrincipal user, DeclarationStore store, DeclarationAccess access, TimeProvider clock, CancellationToken ct)
    {
        var errors = new List<RuleViolation>();
        if (string.IsNullOrWhiteSpace(request?.Findings) || request.Findings.Length > 2000)
        {
            errors.Add(new("findings", "DEC-CONTROL-FINDINGS", "Findings of 1 to 2000 characters are required."));
        }

        if (request?.Outcome is not ("release" or "refuse"))
        {
            errors.Add(new("outcome", "DEC-CONTROL-OUTCOME", "The outcome is 'release' or 'refuse'."));
        }

        if (errors.Count > 0)
        {
            return Task.FromResult<IResult>(Problems.Rules(errors));
        }

        return ControlAsync(id, user, store, access, ct, declaration =>
        {
            declaration.RecordControlResult(request!.Findings!.Trim(), request.Outcome == "release", clock.GetUtcNow(), user.Actor());
            return null;
        });
    }

    private static Task<IResult> Invalidate(Guid id, InvalidationRequest? request, ClaimsPrincipal user, DeclarationStore store, DeclarationAccess access, TimeProvider clock, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(request?.Reason) || request.Reason.Length > 500)
        {
            return Task.FromResult<IResult>(Problems.Rules([new RuleViolation("reason", "DEC-INVALIDATE-REASON", "A reason of 1 to 500 characters is required.")]));
        }

        return ControlAsync(id, user, store, access, ct, declaration =>
        {
            declaration.Invalidate(request.Reason.Trim(), clock.GetUtcNow(), user.Actor());
            return null;
        });
    }

    private static async Task<IResult> UploadDocument(Guid id, DocumentUpload? upload, ClaimsPrincipal user, DeclarationStore store, TimeProvider clock, CancellationToken ct)
    {
        var errors = new List<RuleViolation>();
        byte[] content = [];
        if (upload?.RequestId is null)
        {
            errors.Add(new("requestId", "DEC-DOC-REQUEST", "The document request answered is required."));
        }

        if (string.IsNullOrWhiteSpace(upload?.FileName) || upload.FileName.Length > 255 || upload.FileName.IndexOfAny(['/', '\\', '\0']) >= 0)
        {
            errors.Add(new("fileName", "DEC-DOC-NAME", "A file name of 1 to 255 characters without path separators is required."));
        }

        if (string.IsNullOrWhiteSpace(upload?.ContentType) || upload.ContentType.Length > 100)
        {
            errors.Add(new("contentType", "DEC-DOC-TYPE", "The content type (e.g. application/pdf) is required."));
        }

        try
        {
            content = Convert.FromBase64String(upload?.ContentBase64 ?? "");
            if (content.Length is 0 or > MaxDocumentBytes)
            {
                errors.Add(new("contentBase64", "DEC-DOC-SIZE", $"The document has 1 byte to {MaxDocumentBytes} bytes."));
            }
        }
        catch (FormatException)
        {
            errors.Add(new("contentBase64", "DEC-DOC-BASE64", "The content is not valid base64."));
        }

        if (errors.Count > 0)
        {
            return Problems.Rules(errors);
        }

        var declaration = await store.FindAsync(id, ct);
        var party = user.PartyId()!;
        if (declaration is null || !declaration.IsReadableBy(party))
        {
            return Problems.Status(StatusCodes.Status404NotFound, "No such declaration.");
        }

        var before = declaration.Snapshot();
        try
        {
            declaration.ReceiveDocument(upload!.RequestId!.Value, upload.FileName!, upload.ContentType!, content, clock.GetUtcNow(), user.Actor());
        }
        catch (DeclarationRuleException refused)
        {
            return Problems.Status(StatusCodes.Status409Conflict, "The document cannot be received.", refused.Message);
        }

        await store.SaveAsync(declaration, before, ct);
        return TypedResults.Ok(DeclarationViews.Detail(declaration));
    }

    /// <summary>Loads a declaration the officer may control, applies the action, saves; lifecycle refusals become 409.</summary>
    private static async Task<IResult> ControlAsync(Guid id, ClaimsPrincipal user, DeclarationStore store, DeclarationAccess access, CancellationToken ct, Func<Declaration, IResult?> action)
    {
        var declaration = await store.FindAsync(id, ct);
        var scope = await access.ScopeAsync(user, ct);
        if (declaration is null || !scope.CanControl(declaration))
        {
            return Problems.Status(StatusCodes.Status404NotFound, "No such declaration in your offices.");
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
            return Problems.Status(StatusCodes.Status409Conflict, "Not allowed in the declaration's current state.", refused.Message);
        }

        await store.SaveAsync(declaration, before, ct);
        return TypedResults.Ok(DeclarationViews.Detail(declaration));
    }
}
