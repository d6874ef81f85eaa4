using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Tamga.Kernel.Errors;
using Tamga.Platform.Http;

namespace Tamga.Tariff.ClassifyGoods;

internal static class ClassifyEndpoint
{
    public static void Map(RouteGroupBuilder tariff) =>
        tariff.MapGet(TariffApi.Classify, Classify)
            .WithSummary("Candidate commodity codes for a plain goods description, best first, each with its heading and the reason it was proposed.")
            .Produces<IReadOnlyList<ClassificationCandidate>>()
            .ProducesProblem(StatusCodes.Status400BadRequest);

    private static Results<Ok<IReadOnlyList<ClassificationCandidate>>, ProblemHttpResult> Classify(string? description, int? limit, Classifier classifier)
    {
        var errors = new List<RuleViolation>();
        var text = TariffInput.Text("description", description, errors);
        var size = TariffInput.Limit("limit", limit, 5, 20, errors);
        if (errors.Count > 0)
        {
            return Problems.Rules(errors);
        }

        return TypedResults.Ok(classifier.Classify(text!, size!.Value));
    }
}
