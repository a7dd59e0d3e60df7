using Mesh.Grains.AI;
using Mesh.Grains.Denials;

namespace Mesh.WebFrontend.Denials;

/// <summary>Turns the denial flow's expected failures into clear problems; anything else stays a 500.</summary>
public static class DenialProblems
{
    public static IResult? From(Exception error) => error switch
    {
        NotEnoughHistoryException history => TypedResults.Problem(
            statusCode: StatusCodes.Status422UnprocessableEntity, title: "Not enough claim history to train", detail: history.Message,
            extensions: new Dictionary<string, object?>
            {
                ["claims"] = history.Claims, ["deniedClaims"] = history.DeniedClaims, ["claimsNeeded"] = history.ClaimsNeeded, ["deniedNeeded"] = history.DeniedNeeded,
            }),
        AppealNotAllowedException notAllowed => TypedResults.Problem(
            statusCode: StatusCodes.Status422UnprocessableEntity, title: "This denial cannot be appealed", detail: notAllowed.Message),
        AppealLetterRefusedException refused => TypedResults.Problem(
            statusCode: StatusCodes.Status422UnprocessableEntity, title: "The model's letter was refused", detail: refused.Message,
            extensions: new Dictionary<string, object?> { ["sentence"] = refused.Sentence, ["unsupported"] = refused.Unsupported }),
        ProviderNotConfiguredException missing => TypedResults.Problem(
            statusCode: StatusCodes.Status503ServiceUnavailable, title: "No chat model is configured", detail: missing.Message),
        ProviderResponseException failed => TypedResults.Problem(
            statusCode: StatusCodes.Status502BadGateway, title: "The chat model failed", detail: failed.Message),
        InvalidOperationException conflict => TypedResults.Problem(
            statusCode: StatusCodes.Status409Conflict, title: "The appeal is not in that state", detail: conflict.Message),
        _ => null,
    };

    public static IResult NotFound(string what) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: $"{what} not found", detail: $"No {what.ToLowerInvariant()} with this id in your clinic.");

    public static IResult Invalid(string field, string message) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] });
}
