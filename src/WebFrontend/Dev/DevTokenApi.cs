using Mesh.WebFrontend.Authentication;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Mesh.WebFrontend.Dev;

/// <summary>Hands out development tokens in local mode; not mapped at all otherwise, so it answers 404.</summary>
public static class DevTokenApi
{
    public static IEndpointRouteBuilder MapDevTokenApi(this IEndpointRouteBuilder api)
    {
        api.MapPost("/dev/token", IssueToken)
            .WithTags("Development")
            .WithName("IssueDevToken")
            .WithSummary("Issue a development token")
            .WithDescription("Local mode only: an HS256 token valid for 8 hours for the given clinic, user and roles.")
            .AllowAnonymous();
        return api;
    }

    internal static Results<Ok<DevTokenResponse>, ValidationProblem> IssueToken(DevTokenRequest request, DevTokenIssuer issuer)
    {
        var errors = request.Validate();
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var token = issuer.Issue(request.Tenant!, request.UserId!, request.Roles!.Distinct(), request.Name);
        return TypedResults.Ok(new DevTokenResponse(token));
    }
}
