using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace Mesh.WebFrontend.Authentication;

/// <summary>
/// The "Bearer" scheme: reads the token from the Authorization header, or on hub paths from the access_token
/// query parameter, and validates it with <see cref="BearerTokenValidator"/>.
/// </summary>
internal sealed partial class BearerAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory loggerFactory,
    UrlEncoder encoder,
    BearerTokenValidator validator)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, loggerFactory, encoder)
{
    private const string BearerPrefix = "Bearer ";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (ReadToken() is not { } token)
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }

        var outcome = validator.Validate(token);
        if (outcome.Principal is null)
        {
            LogRefused(Logger, outcome.FailureReason ?? "unknown");
            return Task.FromResult(AuthenticateResult.Fail(outcome.FailureReason ?? "invalid token"));
        }

        var ticket = new AuthenticationTicket(outcome.Principal, Scheme.Name);
        return Task.FromResult(AuthenticateResult.Success(ticket));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        var failed = Context.Features.Get<IAuthenticateResultFeature>()?.AuthenticateResult?.Failure is not null;
        Response.Headers.Append(HeaderNames.WWWAuthenticate, failed ? "Bearer error=\"invalid_token\"" : "Bearer");
        return Task.CompletedTask;
    }

    private string? ReadToken()
    {
        string? header = Request.Headers.Authorization;
        if (!string.IsNullOrEmpty(header))
        {
            return header.StartsWith(BearerPrefix, StringComparison.OrdinalIgnoreCase)
                ? header[BearerPrefix.Length..].Trim()
                : null;
        }

        if (Request.Path.StartsWithSegments(MeshAuthenticationDefaults.HubPathPrefix, StringComparison.OrdinalIgnoreCase))
        {
            string? queryToken = Request.Query[MeshAuthenticationDefaults.AccessTokenQueryParameter];
            return string.IsNullOrEmpty(queryToken) ? null : queryToken;
        }

        return null;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Bearer token refused: {Reason}")]
    private static partial void LogRefused(ILogger logger, string reason);
}
