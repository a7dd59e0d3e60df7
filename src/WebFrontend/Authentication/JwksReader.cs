using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.IdentityModel.Tokens;

namespace Mesh.WebFrontend.Authentication;

/// <summary>
/// Reads the public signing keys of a JWKS document. Parsed here rather than by the token library so that
/// symmetric ("oct") keys can never slip in and only public parameters are imported.
/// </summary>
internal static class JwksReader
{
    public static IReadOnlyList<SecurityKey> Read(string path)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        if (!document.RootElement.TryGetProperty("keys", out var keysElement) || keysElement.ValueKind != JsonValueKind.Array)
        {
            throw new InvalidOperationException($"JWKS file '{path}' has no \"keys\" array.");
        }

        var keys = new List<SecurityKey>();
        foreach (var jwk in keysElement.EnumerateArray())
        {
            if (GetString(jwk, "use") is { } use && use != "sig")
            {
                continue;
            }

            var keyId = GetString(jwk, "kid") ?? $"{Path.GetFileName(path)}#{keys.Count}";
            keys.Add(GetString(jwk, "kty") switch
            {
                "RSA" => ReadRsa(jwk, keyId, path),
                "EC" => ReadEc(jwk, keyId, path),
                var kty => throw new InvalidOperationException($"JWKS file '{path}' key '{keyId}' has unsupported kty '{kty}'; only RSA and EC public keys are accepted."),
            });
        }

        return keys.Count > 0 ? keys : throw new InvalidOperationException($"JWKS file '{path}' holds no signing key.");
    }

    private static RsaSecurityKey ReadRsa(JsonElement jwk, string keyId, string path) =>
        new(RSA.Create(new RSAParameters
        {
            Modulus = GetBytes(jwk, "n", keyId, path),
            Exponent = GetBytes(jwk, "e", keyId, path),
        }))
        { KeyId = keyId };

    private static ECDsaSecurityKey ReadEc(JsonElement jwk, string keyId, string path)
    {
        var curve = GetString(jwk, "crv") switch
        {
            "P-256" => ECCurve.NamedCurves.nistP256,
            "P-384" => ECCurve.NamedCurves.nistP384,
            "P-521" => ECCurve.NamedCurves.nistP521,
            var crv => throw new InvalidOperationException($"JWKS file '{path}' key '{keyId}' has unsupported curve '{crv}'."),
        };
        var parameters = new ECParameters
        {
            Curve = curve,
            Q = new ECPoint { X = GetBytes(jwk, "x", keyId, path), Y = GetBytes(jwk, "y", keyId, path) },
        };
        return new ECDsaSecurityKey(ECDsa.Create(parameters)) { KeyId = keyId };
    }

    private static string? GetString(JsonElement jwk, string name) =>
        jwk.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static byte[] GetBytes(JsonElement jwk, string name, string keyId, string path) =>
        GetString(jwk, name) is { } text
            ? Base64UrlEncoder.DecodeBytes(text)
            : throw new InvalidOperationException($"JWKS file '{path}' key '{keyId}' lacks \"{name}\".");
}
