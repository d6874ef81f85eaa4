using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Tamga.Platform.Http;

namespace Tamga.Publications.Newsletter;

/// <summary>Under <c>/api/v1/newsletter</c>: anonymous subscription with double opt-in, confirmation and unsubscription by token.</summary>
internal static class NewsletterEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var newsletter = endpoints.MapGroup(PublicationsApi.NewsletterRoot).WithTags("Newsletter").AllowAnonymous();
        newsletter.MapPost("/subscriptions", SubscribeAsync)
            .WithSummary("Asks for new publications by e-mail (kinds and agencies to choose; none means all). A confirmation message is sent; nothing else until it is confirmed.")
            .Produces<SubscriptionAccepted>(StatusCodes.Status202Accepted)
            .ProducesProblem(StatusCodes.Status400BadRequest);
        newsletter.MapPost("/subscriptions/confirmation", ConfirmAsync)
            .WithSummary("Confirms a subscription with the token of the confirmation message.")
            .Produces<SubscriptionAccepted>()
            .ProducesProblem(StatusCodes.Status404NotFound);
        newsletter.MapPost("/subscriptions/unsubscription", UnsubscribeAsync)
            .WithSummary("Ends a subscription with the token of any message's unsubscribe link.")
            .Produces<SubscriptionAccepted>()
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<Results<Accepted<SubscriptionAccepted>, ProblemHttpResult>> SubscribeAsync(SubscriptionRequest? body, NewsletterDesk desk, CancellationToken cancellationToken)
    {
        var outcome = await desk.SubscribeAsync(body?.Email, body?.Kinds, body?.Agencies, cancellationToken);
        return outcome.Succeeded
            ? TypedResults.Accepted((string?)null, new SubscriptionAccepted("pending", "A confirmation message has been sent to the address; the subscription starts when its link is followed."))
            : Problems.Rules(outcome.Errors, outcome.Status);
    }

    private static async Task<Results<Ok<SubscriptionAccepted>, ProblemHttpResult>> ConfirmAsync(TokenRequest? body, NewsletterDesk desk, CancellationToken cancellationToken) =>
        (await desk.ConfirmAsync(body?.Token, cancellationToken)).Succeeded
            ? TypedResults.Ok(new SubscriptionAccepted("confirmed", "The subscription is confirmed."))
            : Problems.Status(StatusCodes.Status404NotFound, "No subscription waits for this token.");

    private static async Task<Results<Ok<SubscriptionAccepted>, ProblemHttpResult>> UnsubscribeAsync(TokenRequest? body, NewsletterDesk desk, CancellationToken cancellationToken) =>
        (await desk.UnsubscribeAsync(body?.Token, cancellationToken)).Succeeded
            ? TypedResults.Ok(new SubscriptionAccepted("unsubscribed", "The subscription has ended; no more messages will be sent."))
            : Problems.Status(StatusCodes.Status404NotFound, "No subscription has this token.");
}
