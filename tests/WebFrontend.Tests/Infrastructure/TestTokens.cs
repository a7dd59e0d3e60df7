using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.IdentityModel.Tokens;

namespace Mesh.WebFrontend.Tests.Infrastructure;

/// <summary>Builds compact JWTs by hand so tests can also forge the malformed and hostile ones.</summary>
public static class TestTokens
{
    public static Dictionary<string, object> Claims(
        string tenant = "clinic-a",
        string userId = "dr-house",
        string[]? roles = null,
        string issuer = MeshWebFactory.Issuer,
        string audience = MeshWebFactory.Audience,
        DateTimeOffset? notBefore = null,
        DateTimeOffset? expires = null)
    {
        var now = DateTimeOffset.UtcNow;
        return new Dictionary<string, object>
        {
            ["iss"] = issuer,
            ["aud"] = audience,
            ["sub"] = userId,
            ["tenant"] = tenant,
            ["role"] = roles ?? ["doctor"],
            ["nbf"] = (notBefore ?? now.AddMinutes(-1)).ToUnixTimeSeconds(),
            ["exp"] = (expires ?? now.AddMinutes(10)).ToUnixTimeSeconds(),
        };
    }

    public static string Rs256(RSA key, Dictionary<string, object> claims) =>
        Sign("RS256", claims, data => key.SignData(data, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1));

    public static string Es256(ECDsa key, Dictionary<string, object> claims) =>
        Sign("ES256", claims, data => key.SignData(data, HashAlgorithmName.SHA256));

    public static string Hs256(byte[] secret, Dictionary<string, object> claims) =>
        Sign("HS256", claims, data => HMACSHA256.HashData(secret, data));

    public static string Unsigned(Dictionary<string, object> claims) =>
        $"{Encode(new { alg = "none", typ = "JWT" })}.{Encode(claims)}.";

    /// <summary>Swaps the payload of a signed token for another, keeping the original signature.</summary>
    public static string WithPayload(string token, Dictionary<string, object> claims)
    {
        var parts = token.Split('.');
        return $"{parts[0]}.{Encode(claims)}.{parts[2]}";
    }

    private static string Sign(string algorithm, Dictionary<string, object> claims, Func<byte[], byte[]> sign)
    {
        var signingInput = $"{Encode(new { alg = algorithm, typ = "JWT" })}.{Encode(claims)}";
        return $"{signingInput}.{Base64UrlEncoder.Encode(sign(Encoding.ASCII.GetBytes(signingInput)))}";
    }

    private static string Encode(object value) => Base64UrlEncoder.Encode(JsonSerializer.SerializeToUtf8Bytes(value));
}
