using Mesh.Grains.Conversations;
using Mesh.Grains.Reports;

namespace Mesh.WebFrontend.Scribe;

/// <summary>Turns the scribe flow's expected failures into clear problems; anything else stays a 500.</summary>
public static class ScribeProblems
{
    public static IResult? From(Exception error) => error switch
    {
        ScribeInputException input => TypedResults.Problem(statusCode: StatusCodes.Status422UnprocessableEntity, title: "The visit cannot be drafted", detail: input.Message),
        KeyNotFoundException missing => TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: missing.Message),
        ReportIntegrityException broken => TypedResults.Problem(statusCode: StatusCodes.Status500InternalServerError, title: "Report integrity check failed", detail: broken.Message),
        _ => null,
    };

    public static IResult NotFound(string what) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: $"No {what} with this id in your clinic.");

    public static IResult Invalid(string field, string message) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] });
}
