using System.IdentityModel.Tokens.Jwt;
using System.Security.Claims;
using Mesh.WebFrontend.Hosting;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace Mesh.WebFrontend.Authentication;

/// <summary>Signs HS256 development tokens with the local key; reachable only in local mode.</summary>
internal sealed class DevTokenIssuer(DevSigningKey key, IOptions<MeshWebOptions> options, TimeProvider time)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(8);

    private readonly JwtSecurityTokenHandler _handler = new();

    public string Issue(string tenant, string userId, IEnumerable<string> roles, string? displayName)
    {
        var claims = new List<Claim>
        {
            new(MeshClaimTypes.Subject, userId),
            new(MeshClaimTypes.Tenant, tenant),
            new(JwtRegisteredClaimNames.Jti, Guid.NewGuid().ToString("N")),
        };
        claims.AddRange(roles.Select(role => new Claim(MeshClaimTypes.Role, role)));
        if (displayName is not null)
        {
            claims.Add(new Claim(MeshClaimTypes.Name, displayName));
        }

        var auth = options.Value.Auth;
        var now = time.GetUtcNow().UtcDateTime;
        var token = new JwtSecurityToken(
            issuer: auth.Issuer ?? MeshAuthenticationDefaults.LocalIssuer,
            audience: auth.Audience ?? MeshAuthenticationDefaults.LocalAudience,
            claims: claims,
            notBefore: now,
            expires: now + Lifetime,
            signingCredentials: new SigningCredentials(key.Key, SecurityAlgorithms.HmacSha256));
        return _handler.WriteToken(token);
    }
}
