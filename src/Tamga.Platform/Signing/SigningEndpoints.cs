using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Tamga.Kernel.Errors;
using Tamga.Platform.Http;

namespace Tamga.Platform.Signing;

/// <summary>Tamga's public signing key and a check of any signed text: public, so anyone can verify what Tamga published.</summary>
internal static class SigningEndpoints
{
    public const string Root = "/api/v1/signing";

    /// <summary>Largest text accepted for verification (a ruling or a publication is far smaller).</summary>
    private const int MaxTextLength = 200_000;

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var signing = endpoints.MapGroup(Root).WithTags("Signing").AllowAnonymous();
        signing.MapGet("/public-key", (DocumentSigner signer) => TypedResults.Ok(new SigningKey(signer.KeyId, DocumentSigner.Algorithm, signer.PublicKeyPem)))
            .WithSummary("The public key Tamga signs its publications with (SubjectPublicKeyInfo, PEM).")
            .Produces<SigningKey>();
        signing.MapPost("/verify", Verify)
            .WithSummary("Checks that a signature is Tamga's signature of exactly this text (the canonical text of a ruling or publication).")
            .Produces<SignatureCheck>()
            .ProducesProblem(StatusCodes.Status400BadRequest);
    }

    private static Results<Ok<SignatureCheck>, ProblemHttpResult> Verify(SignedText? body, DocumentSigner signer)
    {
        var errors = new List<RuleViolation>();
        if (body is null || string.IsNullOrEmpty(body.Text))
        {
            errors.Add(new("text", "REQUIRED", "text is required."));
        }
        else if (body.Text.Length > MaxTextLength)
        {
            errors.Add(new("text", "TEXT-LENGTH", $"text has at most {MaxTextLength} characters."));
        }

        if (body is null || string.IsNullOrEmpty(body.Signature))
        {
            errors.Add(new("signature", "REQUIRED", "signature is required."));
        }

        if (errors.Count > 0)
        {
            return Problems.Rules(errors);
        }

        return TypedResults.Ok(new SignatureCheck(signer.Verify(body!.Text!, body.Signature!), signer.KeyId, DocumentSigner.Algorithm));
    }
}

public sealed record SigningKey(string KeyId, string Algorithm, string PublicKeyPem);

public sealed record SignedText(string? Text, string? Signature);

public sealed record SignatureCheck(bool Valid, string KeyId, string Algorithm);
