using Mesh.WebFrontend.Hosting;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Mesh.WebFrontend.Authentication;

/// <summary>Signs HS256 development tokens with the local key; reachable only in local mode.</summary>
internal sealed class DevTokenIssuer(DevSigningKey key, IOptions<MeshWebOptions> options, TimeProvider time)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(8);

    private readonly JsonWebTokenHandler _handler = new();

    public string Issue(string tenant, string userId, IEnumerable<string> roles, string? displayName)
    {
        var claims = new Dictionary<string, object>
        {
            [MeshClaimTypes.Subject] = userId,
            [MeshClaimTypes.Tenant] = tenant,
            [JwtRegisteredClaimNames.Jti] = Guid.NewGuid().ToString("N"),
            [MeshClaimTypes.Role] = roles.ToArray(),
        };
        if (displayName is not null)
        {
            claims[MeshClaimTypes.Name] = displayName;
        }

        var auth = options.Value.Auth;
        var now = time.GetUtcNow().UtcDateTime;
        return _handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = auth.Issuer ?? MeshAuthenticationDefaults.LocalIssuer,
            Audience = auth.Audience ?? MeshAuthenticationDefaults.LocalAudience,
            Claims = claims,
            IssuedAt = now,
            NotBefore = now,
            Expires = now + Lifetime,
            SigningCredentials = new SigningCredentials(key.Key, SecurityAlgorithms.HmacSha256),
        });
    }
}
