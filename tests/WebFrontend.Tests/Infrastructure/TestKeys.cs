using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.IdentityModel.Tokens;

namespace Mesh.WebFrontend.Tests.Infrastructure;

/// <summary>RSA and EC key pairs made for one test, with their public halves written as PEM and JWKS files.</summary>
public sealed class TestKeys : IDisposable
{
    public TestKeys(string folder)
    {
        Directory.CreateDirectory(folder);
        RsaPemPath = Path.Combine(folder, "idp-rsa.pem");
        EcPemPath = Path.Combine(folder, "idp-ec.pem");
        JwksPath = Path.Combine(folder, "idp.jwks.json");
        File.WriteAllText(RsaPemPath, Rsa.ExportSubjectPublicKeyInfoPem());
        File.WriteAllText(EcPemPath, Ec.ExportSubjectPublicKeyInfoPem());
        File.WriteAllText(JwksPath, Jwks());
    }

    public RSA Rsa { get; } = RSA.Create(2048);

    public ECDsa Ec { get; } = ECDsa.Create(ECCurve.NamedCurves.nistP256);

    public string RsaPemPath { get; }

    public string EcPemPath { get; }

    public string JwksPath { get; }

    public void Dispose()
    {
        Rsa.Dispose();
        Ec.Dispose();
    }

    /// <summary>
    /// Rewrites the JWKS file with the RSA and EC keys plus <paramref name="extraRsaKeys"/> (kid "extra-1", …), swapping
    /// the whole file in at once as an operator's deployment would.
    /// </summary>
    public void RewriteJwks(params RSA[] extraRsaKeys) => Replace(JwksPath, Jwks(extraRsaKeys));

    /// <summary>Swaps <paramref name="text"/> in as the whole content of <paramref name="path"/>.</summary>
    public static void Replace(string path, string text)
    {
        var temporary = path + ".new";
        File.WriteAllText(temporary, text);
        File.Move(temporary, path, overwrite: true);
    }

    private string Jwks(params RSA[] extraRsaKeys)
    {
        var ec = Ec.ExportParameters(false);
        var keys = new List<object>
        {
            RsaJwk(Rsa, "rsa-1"),
            new { kty = "EC", use = "sig", kid = "ec-1", crv = "P-256", x = Base64UrlEncoder.Encode(ec.Q.X), y = Base64UrlEncoder.Encode(ec.Q.Y) },
        };
        keys.AddRange(extraRsaKeys.Select((key, i) => RsaJwk(key, $"extra-{i + 1}")));
        return JsonSerializer.Serialize(new { keys });
    }

    private static object RsaJwk(RSA key, string keyId)
    {
        var parameters = key.ExportParameters(false);
        return new { kty = "RSA", use = "sig", kid = keyId, n = Base64UrlEncoder.Encode(parameters.Modulus), e = Base64UrlEncoder.Encode(parameters.Exponent) };
    }
}
