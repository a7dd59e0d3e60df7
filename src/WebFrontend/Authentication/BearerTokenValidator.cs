using System.IdentityModel.Tokens.Jwt;
using System.Security.Claims;
using System.Text.Json;
using Mesh.WebFrontend.Hosting;
using Mesh.WebFrontend.Validation;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace Mesh.WebFrontend.Authentication;

/// <summary>Checks a compact JWS: allowed algorithm, signature, issuer, audience, lifetime, and the Mesh identity claims.</summary>
internal sealed class BearerTokenValidator
{
    /// <summary>Clinic tokens are small; a cap keeps hostile headers from costing parse time.</summary>
    public const int MaxTokenLength = 8 * 1024;

    private static readonly TimeSpan ClockSkew = TimeSpan.FromSeconds(30);

    private readonly TokenValidationParameters _parameters;
    private readonly IReadOnlySet<string> _algorithms;
    private readonly JwtSecurityTokenHandler _handler = new() { MapInboundClaims = false };

    public BearerTokenValidator(SigningKeySet keySet, IOptions<MeshWebOptions> options)
    {
        var auth = options.Value.Auth;
        _algorithms = keySet.Algorithms;
        _parameters = new TokenValidationParameters
        {
            ValidIssuer = auth.Issuer ?? MeshAuthenticationDefaults.LocalIssuer,
            ValidAudience = auth.Audience ?? MeshAuthenticationDefaults.LocalAudience,
            IssuerSigningKeys = keySet.Keys,
            ValidAlgorithms = keySet.Algorithms,
            RequireSignedTokens = true,
            RequireExpirationTime = true,
            ValidateLifetime = true,
            ValidateIssuer = true,
            ValidateAudience = true,
            ClockSkew = ClockSkew,
            NameClaimType = MeshClaimTypes.Name,
            RoleClaimType = MeshClaimTypes.Role,
            AuthenticationType = MeshAuthenticationDefaults.Scheme,
        };
    }

    public TokenValidationOutcome Validate(string token)
    {
        if (token.Length > MaxTokenLength)
        {
            return TokenValidationOutcome.Failure("token too long");
        }

        // Three segments only: encrypted tokens (five) and unsigned ones are refused before the library sees them.
        var segments = token.Split('.');
        if (segments.Length != 3 || segments[2].Length == 0)
        {
            return TokenValidationOutcome.Failure("not a signed compact JWT");
        }

        if (ReadAlgorithm(segments[0]) is not { } algorithm || !_algorithms.Contains(algorithm))
        {
            return TokenValidationOutcome.Failure("algorithm not allowed");
        }

        ClaimsPrincipal principal;
        try
        {
            principal = _handler.ValidateToken(token, _parameters, out _);
        }
        catch (SecurityTokenException exception)
        {
            return TokenValidationOutcome.Failure(exception.GetType().Name);
        }
        catch (ArgumentException)
        {
            return TokenValidationOutcome.Failure("malformed token");
        }

        return HasClinicIdentity(principal)
            ? TokenValidationOutcome.Success(principal)
            : TokenValidationOutcome.Failure("missing or invalid sub or tenant claim");
    }

    private static string? ReadAlgorithm(string encodedHeader)
    {
        try
        {
            using var header = JsonDocument.Parse(Base64UrlEncoder.DecodeBytes(encodedHeader));
            return header.RootElement.ValueKind == JsonValueKind.Object
                && header.RootElement.TryGetProperty("alg", out var alg)
                && alg.ValueKind == JsonValueKind.String
                    ? alg.GetString()
                    : null;
        }
        catch (Exception exception) when (exception is FormatException or JsonException or ArgumentException)
        {
            return null;
        }
    }

    // Exactly one tenant and one subject: a token naming two clinics is ambiguous and refused.
    private static bool HasClinicIdentity(ClaimsPrincipal principal) =>
        ClinicIds.IsValid(SingleValue(principal, MeshClaimTypes.Tenant))
        && ClinicIds.IsValid(SingleValue(principal, MeshClaimTypes.Subject));

    private static string? SingleValue(ClaimsPrincipal principal, string type)
    {
        var claims = principal.FindAll(type).Take(2).ToList();
        return claims.Count == 1 ? claims[0].Value : null;
    }
}
