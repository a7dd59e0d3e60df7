using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Mesh.WebFrontend.Tests.Infrastructure;

namespace Mesh.WebFrontend.Tests;

/// <summary>What the key files may hold: public keys and certificates only, checked before the node takes traffic.</summary>
public sealed class SigningKeyFileTests : WebTestBase
{
    private const string WhoAmI = "/api/v1/test/whoami";

    [Fact]
    public async Task CertificatePem_IsAcceptedAsPublicKey()
    {
        var request = new CertificateRequest("CN=idp.test", Keys.Rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));
        var path = Path.Combine(Folder.Path, "idp-cert.pem");
        File.WriteAllText(path, certificate.ExportCertificatePem());
        var client = CreateClient(new Dictionary<string, string?>
        {
            ["Mesh:Auth:PublicKeyFiles:0"] = path,
            ["Mesh:Auth:PublicKeyFiles:1"] = null,
        });

        var response = await client.SendAsync(Get(WhoAmI, DoctorToken()));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public void PrivateKeyPem_StopsStart()
    {
        var path = Path.Combine(Folder.Path, "idp-private.pem");
        File.WriteAllText(path, Keys.Rsa.ExportPkcs8PrivateKeyPem());

        var error = StartFailure(new Dictionary<string, string?> { ["Mesh:Auth:PublicKeyFiles:0"] = path });

        Assert.Contains("private key", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"keys":[{"kty":"oct","kid":"shared","k":"c2VjcmV0LXNlY3JldC1zZWNyZXQtc2VjcmV0LXNlY3JldA"}]}""", "kty 'oct'")]
    [InlineData("""{"keys":[]}""", "no signing key")]
    [InlineData("""{"keys":[""", "JWKS")]
    public void UnusableJwksFile_StopsStart(string jwks, string expected)
    {
        var path = Path.Combine(Folder.Path, "bad.jwks.json");
        File.WriteAllText(path, jwks);

        var error = StartFailure(new Dictionary<string, string?> { ["Mesh:Auth:JwksFile"] = path });

        Assert.Contains(expected, error, StringComparison.Ordinal);
    }

    [Fact]
    public void JwksWithPrivateKeyParameters_StopsStart()
    {
        var rsa = Keys.Rsa.ExportParameters(true);
        var jwk = new Dictionary<string, string>
        {
            ["kty"] = "RSA",
            ["kid"] = "leaked",
            ["n"] = Microsoft.IdentityModel.Tokens.Base64UrlEncoder.Encode(rsa.Modulus),
            ["e"] = Microsoft.IdentityModel.Tokens.Base64UrlEncoder.Encode(rsa.Exponent),
            ["d"] = Microsoft.IdentityModel.Tokens.Base64UrlEncoder.Encode(rsa.D),
        };
        var path = Path.Combine(Folder.Path, "private.jwks.json");
        File.WriteAllText(path, System.Text.Json.JsonSerializer.Serialize(new { keys = new[] { jwk } }));

        var error = StartFailure(new Dictionary<string, string?> { ["Mesh:Auth:JwksFile"] = path });

        Assert.Contains("private key", error, StringComparison.Ordinal);
    }

    private string StartFailure(Dictionary<string, string?> settings)
    {
        var factory = CreateFactory(settings);
        return Assert.ThrowsAny<Exception>(() => factory.CreateClient()).ToString();
    }
}
