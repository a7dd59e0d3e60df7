using Mesh.WebFrontend.Hosting;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Mesh.WebFrontend.Authentication;

/// <summary>Maps the Mesh:Auth settings onto ASP.NET Core's JWT bearer scheme.</summary>
internal sealed class JwtBearerOptionsSetup(SigningKeySet keySet, IOptions<MeshWebOptions> options) : IConfigureNamedOptions<JwtBearerOptions>
{
    /// <summary>Clinic tokens are small; a cap keeps hostile headers from costing parse time.</summary>
    public const int MaxTokenBytes = 8 * 1024;

    private static readonly TimeSpan ClockSkew = TimeSpan.FromSeconds(30);

    public void Configure(string? name, JwtBearerOptions bearer)
    {
        if (name != MeshAuthenticationDefaults.Scheme)
        {
            return;
        }

        var auth = options.Value.Auth;

        // Claims keep the names they were issued with (sub, tenant, role), which is what Mesh reads.
        bearer.MapInboundClaims = false;
        bearer.TokenHandlers.Clear();
        bearer.TokenHandlers.Add(new JsonWebTokenHandler { MapInboundClaims = false, MaximumTokenSizeInBytes = MaxTokenBytes });
        bearer.EventsType = typeof(MeshBearerEvents);
        bearer.TokenValidationParameters = new TokenValidationParameters
        {
            ValidIssuer = auth.Issuer ?? MeshAuthenticationDefaults.LocalIssuer,
            ValidAudience = auth.Audience ?? MeshAuthenticationDefaults.LocalAudience,

            // A resolver rather than a fixed key list, so keys added to the JWKS file count from the next request on.
            IssuerSigningKeyResolver = (_, _, keyId, _) => keySet.Resolve(keyId),
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

    public void Configure(JwtBearerOptions bearer) => Configure(Options.DefaultName, bearer);
}
