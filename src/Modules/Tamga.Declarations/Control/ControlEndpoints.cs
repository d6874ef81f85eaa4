using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Tamga.Declarations.Processing;
using Tamga.Declarations.ReadDeclarations;
using Tamga.Kernel.Errors;
using Tamga.Platform.Http;
using Tamga.Platform.Organisation;
using Tamga.Platform.Security;

namespace Tamga.Declarations.Control;

public sealed record QueueItem(Guid Id, string? Mrn, string Lrn, string TypeCode, string Declarant, string? Channel, IReadOnlyList<string> Reasons, string? ControlOffice, string? AssignedOfficer, DateTimeOffset LodgedAt, int DocumentsRequested, int DocumentsReceived)
{
    /// <summary>The skills an officer needs to carry out the control (empty when none in particular).</summary>
    public IReadOnlyList<string> RequiredSkills { get; init; } = [];
}

public sealed record AssignmentRequest(string? Officer);

public sealed record DocumentRequestBody(string? Description);

public sealed record ControlResultRequest(string? Findings, string? Outcome, bool? Irregularity = null, decimal? RevenueRaised = null);

public sealed record InvalidationRequest(string? Reason);

public sealed record DutyDeterminationRequest(IReadOnlyList<DeterminedLine>? Lines, string? Currency, string? Reason);

public sealed record DocumentUpload(Guid? RequestId, string? FileName, string? ContentType, string? ContentBase64);

/// <summary>Officer control: the work queue of the officer's offices, assignment, documents, the control result.</summary>
internal static class ControlEndpoints
{
    /// <summary>Content types a downloaded document keeps; any other is sent as application/octet-stream.</summary>
    private static readonly HashSet<string> SafeTypes = new(StringComparer.Ordinal)
    {
        "application/pdf",
        "image/png",
        "image/jpeg",
        "image/tiff",
        "text/plain",
        "application/xml",
        "text/xml",
        "application/zip",
    };

    public static void Map(IEndpointRouteBuilder endpoints, RouteGroupBuilder declarations)
    {
        endpoints.MapGet(DeclarationsApi.Queue, Queue).WithTags("Control").RequireAuthorization(Policies.Officer)
            .WithSummary("Declarations under control in the officer's offices (and the offices they supervise), oldest first; skill= those requiring a skill, matching=true those whose required skills the caller holds.");
        endpoints.MapPost(DeclarationsApi.Queue + "/next", TakeNext).WithTags("Control").RequireAuthorization(Policies.Officer)
            .WithSummary("Assigns to the caller the oldest unassigned control in their offices whose required skills they hold; 404 when none waits.");
        declarations.MapPost("/{id:guid}/assignment", Assign).RequireAuthorization(Policies.Officer)
            .WithSummary("Assigns the control to an officer (yourself when no officer is named).");
        declarations.MapPost("/{id:guid}/document-requests", RequestDocuments).RequireAuthorization(Policies.Officer)
            .WithSummary("Asks the declarant for documents (DMSDOC).");
        declarations.MapPost("/{id:guid}/documents", UploadDocument).RequireAuthorization(Policies.Trader)
            .WithSummary("The declarant sends a requested document (base64 content, at most 10 MiB).");
        declarations.MapGet("/{id:guid}/documents/{requestId:guid}", DownloadDocument)
            .WithSummary("Downloads a document the declarant sent, for those who may read the declaration (as an attachment).");
        declarations.MapPost("/{id:guid}/control-result", RecordControlResult).RequireAuthorization(Policies.Officer)
            .WithSummary("Records the findings (irregularity found: by default when refused; revenue raised), then releases (DMSRES, DMSCLE) or refuses (DMSRES). The result is a label for risk management.");
        declarations.MapPost("/{id:guid}/duty-determination", DetermineDuties).RequireAuthorization(Policies.Officer)
            .WithSummary("Determines the duties the calculation could not (DMSTAX): the goods can then be released once they are paid or secured.");
        declarations.MapPost("/{id:guid}/invalidation", Invalidate).RequireAuthorization(Policies.Officer)
            .WithSummary("Invalidates a released declaration (DMSINV).");
    }

    private static async Task<IResult> Queue(ClaimsPrincipal user, WorkQueue queue, bool? mine, string? skill, bool? matching, int? page, int? pageSize, CancellationToken ct)
    {
        var paging = new List<RuleViolation>();
        var (number, size) = PageRequest.Read(page, pageSize, defaultSize: 50, maxSize: 200, paging);
        if (skill is not null && !Skills.IsKnown(skill))
        {
            paging.Add(new("skill", "CTL-SKILL-UNKNOWN", $"Unknown skill. Known skills: {string.Join(", ", Skills.All)}."));
        }

        if (paging.Count > 0)
        {
            return Problems.Rules(paging);
        }

        var found = await queue.FindAsync(user, mine == true, number, size, clamp: false, ct, skill, matching == true);
        return TypedResults.Ok(new { page = number, pageSize = size, total = found.Total, items = found.Items });
    }

    /// <summary>200 with the queue item taken, its declaration in <c>Location</c>; 404 when no control waits for the caller's skills.</summary>
    private static async Task<IResult> TakeNext(ClaimsPrincipal user, WorkQueue queue, HttpContext context, CancellationToken ct)
    {
        if (await queue.TakeNextAsync(user, ct) is not { } taken)
        {
            return Problems.Status(StatusCodes.Status404NotFound, "No control waiting for your skills.", "Every declaration under control in your offices that your skills cover is assigned already.");
        }

        context.Response.Headers.Location = DeclarationsApi.Declaration(taken.Id);
        return TypedResults.Ok(taken);
    }

    private static async Task<IResult> Assign(Guid id, AssignmentRequest? request, ClaimsPrincipal user, ControlHandler handler, CancellationToken ct) =>
        Answer(await handler.AssignAsync(id, user, request?.Officer, ct), user);

    private static async Task<IResult> RequestDocuments(Guid id, DocumentRequestBody? request, ClaimsPrincipal user, ControlHandler handler, CancellationToken ct) =>
        Answer(await handler.RequestDocumentsAsync(id, user, request?.Description, ct), user);

    private static async Task<IResult> RecordControlResult(Guid id, ControlResultRequest? request, ClaimsPrincipal user, ControlHandler handler, CancellationToken ct) =>
        Answer(await handler.RecordResultAsync(id, user, request?.Findings, request?.Outcome, ct, request?.Irregularity, request?.RevenueRaised), user);

    private static async Task<IResult> DetermineDuties(Guid id, DutyDeterminationRequest? request, ClaimsPrincipal user, ControlHandler handler, CancellationToken ct) =>
        Answer(await handler.DetermineDutiesAsync(id, user, request?.Lines, request?.Currency, request?.Reason, ct), user);

    private static async Task<IResult> Invalidate(Guid id, InvalidationRequest? request, ClaimsPrincipal user, ControlHandler handler, CancellationToken ct) =>
        Answer(await handler.InvalidateAsync(id, user, request?.Reason, ct), user);

    private static async Task<IResult> UploadDocument(Guid id, DocumentUpload? upload, ClaimsPrincipal user, ControlHandler handler, CancellationToken ct)
    {
        byte[]? content;
        try
        {
            content = Convert.FromBase64String(upload?.ContentBase64 ?? "");
        }
        catch (FormatException)
        {
            content = null;
        }

        var errors = ControlHandler.CheckDocument(upload?.RequestId, upload?.FileName, upload?.ContentType, content);
        if (content is null)
        {
            errors.Add(new("contentBase64", "DEC-DOC-BASE64", "The content is not valid base64."));
        }

        if (errors.Count > 0)
        {
            return Problems.Rules(errors);
        }

        return await handler.ReceiveDocumentAsync(id, user, upload!.RequestId, upload.FileName, upload.ContentType, content!, ct) switch
        {
            ActionOutcome.Done done => TypedResults.Ok(DeclarationViews.Detail(done.Declaration, user)),
            ActionOutcome.Invalid invalid => Problems.Rules(invalid.Violations),
            ActionOutcome.Refused refused => Problems.Status(StatusCodes.Status409Conflict, "The document cannot be received.", refused.Message),
            _ => Problems.Status(StatusCodes.Status404NotFound, "No such declaration."),
        };
    }

    /// <summary>
    /// The stored bytes as an attachment: never shown inline, and typed as sent only for common document types
    /// (anything else is application/octet-stream), so that a document cannot act as a page of this site.
    /// </summary>
    private static async Task<IResult> DownloadDocument(Guid id, Guid requestId, ClaimsPrincipal user, ControlHandler handler, HttpContext context, CancellationToken ct)
    {
        if (await handler.FindDocumentAsync(id, requestId, user, ct) is not { } document)
        {
            return Problems.Status(StatusCodes.Status404NotFound, "No such document.", "It does not exist, was not received yet, or you may not see it.");
        }

        context.Response.Headers.ContentSecurityPolicy = "sandbox; default-src 'none'";
        context.Response.Headers.CacheControl = "private, no-store";
        var type = SafeTypes.Contains(document.ContentType.Split(';')[0].Trim().ToLowerInvariant()) ? document.ContentType : "application/octet-stream";
        return TypedResults.File(document.Content, type, document.FileName);
    }

    /// <summary>Control actions answer 200 with the declaration in full; lifecycle refusals are 409.</summary>
    private static IResult Answer(ActionOutcome outcome, ClaimsPrincipal user) => outcome switch
    {
        ActionOutcome.Done done => TypedResults.Ok(DeclarationViews.Detail(done.Declaration, user)),
        ActionOutcome.Invalid invalid => Problems.Rules(invalid.Violations),
        ActionOutcome.Rejected rejected => Problems.Rules(rejected.Violations, StatusCodes.Status422UnprocessableEntity),
        ActionOutcome.Forbidden forbidden => Problems.Status(StatusCodes.Status403Forbidden, forbidden.Message),
        ActionOutcome.Refused refused => Problems.Status(StatusCodes.Status409Conflict, "Not allowed in the declaration's current state.", refused.Message),
        _ => Problems.Status(StatusCodes.Status404NotFound, "No such declaration in your offices."),
    };
}
