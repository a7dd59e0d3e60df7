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

    private string Jwks()
    {
        var rsa = Rsa.ExportParameters(false);
        var ec = Ec.ExportParameters(false);
        var document = new
        {
            keys = new object[]
            {
                new { kty = "RSA", use = "sig", kid = "rsa-1", n = Base64UrlEncoder.Encode(rsa.Modulus), e = Base64UrlEncoder.Encode(rsa.Exponent) },
                new { kty = "EC", use = "sig", kid = "ec-1", crv = "P-256", x = Base64UrlEncoder.Encode(ec.Q.X), y = Base64UrlEncoder.Encode(ec.Q.Y) },
            },
        };
        return JsonSerializer.Serialize(document);
    }
}
