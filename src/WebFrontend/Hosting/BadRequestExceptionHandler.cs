using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace Mesh.WebFrontend.Hosting;

/// <summary>
/// Turns request errors raised while binding (malformed JSON, unknown fields, bad query values, wrong content
/// type, oversized bodies) into problem details that name the field, without echoing internal type names.
/// </summary>
internal sealed partial class BadRequestExceptionHandler(IProblemDetailsService problemDetails) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        if (FindBadRequest(exception) is not { } badRequest)
        {
            return false;
        }

        var problem = new ProblemDetails { Status = badRequest.StatusCode };
        if (badRequest.InnerException is JsonException json)
        {
            var field = json.Path is null or "$" ? "$" : json.Path;
            var unknown = json.Message.Contains("could not be mapped", StringComparison.Ordinal);
            problem.Detail = unknown ? $"Unknown field '{field}'." : $"Malformed JSON at '{field}'.";
            problem.Extensions["errors"] = new Dictionary<string, string[]> { [field] = [problem.Detail] };
        }
        else
        {
            problem.Detail = badRequest.StatusCode switch
            {
                StatusCodes.Status413PayloadTooLarge => "The request body is too large.",
                StatusCodes.Status415UnsupportedMediaType => "This route takes Content-Type: application/json.",
                _ when ParameterName().Match(badRequest.Message) is { Success: true } match =>
                    $"Invalid or missing value for '{JsonNamingPolicy.CamelCase.ConvertName(match.Groups["name"].Value)}'.",
                _ => "The request is malformed.",
            };
        }

        context.Response.StatusCode = badRequest.StatusCode;
        return await problemDetails.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = problem,
            Exception = exception,
        }).ConfigureAwait(false);
    }

    private static BadHttpRequestException? FindBadRequest(Exception? exception)
    {
        for (; exception is not null; exception = exception.InnerException)
        {
            if (exception is BadHttpRequestException badRequest)
            {
                return badRequest;
            }
        }

        return null;
    }

    [GeneratedRegex("parameter \"[^\"]*?(?<name>[A-Za-z_][A-Za-z0-9_]*)\"", RegexOptions.CultureInvariant)]
    private static partial Regex ParameterName();
}
