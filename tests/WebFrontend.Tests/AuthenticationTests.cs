using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using Mesh.WebFrontend.Authorization;
using Mesh.WebFrontend.Tests.Infrastructure;

namespace Mesh.WebFrontend.Tests;

public sealed class AuthenticationTests(SharedWebHost host) : WebTestBase(host), IClassFixture<SharedWebHost>
{
    private const string WhoAmI = "/api/v1/test/whoami";

    public static TheoryData<string> RefusedTokens() =>
    [
        "expired", "not-yet-valid", "wrong-issuer", "wrong-audience", "wrong-key", "alg-none", "tampered",
        "hs-rs-confusion", "no-tenant", "bad-tenant", "garbage", "rs384-not-allowed", "encrypted-shape", "oversized",
    ];

    [Fact]
    public async Task MissingToken_Is401ProblemWithBearerChallenge()
    {
        var client = CreateClient();

        var response = await client.SendAsync(Get(WhoAmI));

        await response.AssertProblemAsync(HttpStatusCode.Unauthorized);
        Assert.Equal("Bearer", response.Headers.WwwAuthenticate.Single().Scheme);
    }

    [Theory]
    [MemberData(nameof(RefusedTokens))]
    public async Task RefusedToken_Is401(string kind)
    {
        var client = CreateClient();

        var response = await client.SendAsync(Get(WhoAmI, Forge(kind)));

        await response.AssertProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task HsRsConfusion_Is401EvenInLocalMode()
    {
        var client = CreateClient(new Dictionary<string, string?> { ["Mesh:LocalMode"] = "true" });

        var response = await client.SendAsync(Get(WhoAmI, Forge("hs-rs-confusion")));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task ValidRs256Token_IsAcceptedWithClaims()
    {
        var client = CreateClient();
        var claims = TestTokens.Claims("clinic-a", "dr-house", ["doctor", "admin"]);
        claims["name"] = "Dr. House";

        var user = await client.SendAsync(Get(WhoAmI, TestTokens.Rs256(Keys.Rsa, claims)));

        user.EnsureSuccessStatusCode();
        var body = await user.Content.ReadFromJsonAsync<ClinicUserBody>();
        Assert.Equal(("clinic-a", "dr-house", "Dr. House"), (body!.Tenant, body.UserId, body.DisplayName));
        Assert.Equal(["admin", "doctor"], body.Roles.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task ValidEs256Token_IsAccepted()
    {
        var client = CreateClient();

        var response = await client.SendAsync(Get(WhoAmI, TestTokens.Es256(Keys.Ec, TestTokens.Claims())));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task TokenWithinClockSkew_IsAccepted()
    {
        var client = CreateClient();
        var claims = TestTokens.Claims(expires: DateTimeOffset.UtcNow.AddSeconds(-10));

        var response = await client.SendAsync(Get(WhoAmI, TestTokens.Rs256(Keys.Rsa, claims)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task JwksKeys_AcceptRsaAndEcTokens()
    {
        var client = CreateClient(new Dictionary<string, string?>
        {
            ["Mesh:Auth:PublicKeyFiles:0"] = null,
            ["Mesh:Auth:PublicKeyFiles:1"] = null,
            ["Mesh:Auth:JwksFile"] = Keys.JwksPath,
        });

        var rsa = await client.SendAsync(Get(WhoAmI, TestTokens.Rs256(Keys.Rsa, TestTokens.Claims())));
        var ec = await client.SendAsync(Get(WhoAmI, TestTokens.Es256(Keys.Ec, TestTokens.Claims())));
        var stranger = await client.SendAsync(Get(WhoAmI, TestTokens.Rs256(RSA.Create(2048), TestTokens.Claims())));

        Assert.Equal(HttpStatusCode.OK, rsa.StatusCode);
        Assert.Equal(HttpStatusCode.OK, ec.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, stranger.StatusCode);
    }

    [Fact]
    public async Task HubPath_TakesTokenFromAccessTokenQuery()
    {
        var client = CreateClient();
        var token = DoctorToken();

        var withToken = await client.PostAsync($"/hubs/encounters/negotiate?negotiateVersion=1&access_token={token}", null);
        var withoutToken = await client.PostAsync("/hubs/encounters/negotiate?negotiateVersion=1", null);
        var apiWithQueryToken = await client.GetAsync($"{WhoAmI}?access_token={token}");

        // An authenticated caller may negotiate a hub connection; the others are stopped at the door, and the query
        // token counts on hub paths only.
        Assert.Equal(HttpStatusCode.OK, withToken.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, withoutToken.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, apiWithQueryToken.StatusCode);
    }

    [Fact]
    public async Task AccessTokenInQuery_IsNeverLogged()
    {
        // Even when an operator turns ASP.NET Core's own request logging all the way up.
        var factory = CreateFactory(new Dictionary<string, string?>
        {
            ["Logging:LogLevel:Default"] = "Trace",
            ["Logging:LogLevel:Microsoft.AspNetCore"] = "Trace",
            ["Logging:LogLevel:Microsoft.AspNetCore.Hosting.Diagnostics"] = "Trace",
        });
        var client = factory.CreateClient();
        var token = DoctorToken();

        await client.GetAsync($"/hubs/encounters?access_token={token}");
        await client.GetAsync($"{WhoAmI}?access_token={token}&other=1");

        Assert.NotEmpty(factory.Logs.Lines);
        var signature = token.Split('.')[2];
        Assert.DoesNotContain(factory.Logs.Lines, line => line.Contains(signature, StringComparison.Ordinal));
        Assert.DoesNotContain(factory.Logs.Lines, line => line.Contains("access_token", StringComparison.Ordinal));
    }

    private string Forge(string kind)
    {
        var now = DateTimeOffset.UtcNow;
        return kind switch
        {
            "expired" => TestTokens.Rs256(Keys.Rsa, TestTokens.Claims(notBefore: now.AddHours(-2), expires: now.AddMinutes(-5))),
            "not-yet-valid" => TestTokens.Rs256(Keys.Rsa, TestTokens.Claims(notBefore: now.AddMinutes(5), expires: now.AddHours(1))),
            "wrong-issuer" => TestTokens.Rs256(Keys.Rsa, TestTokens.Claims(issuer: "https://evil.test")),
            "wrong-audience" => TestTokens.Rs256(Keys.Rsa, TestTokens.Claims(audience: "someone-else")),
            "wrong-key" => TestTokens.Rs256(RSA.Create(2048), TestTokens.Claims()),
            "alg-none" => TestTokens.Unsigned(TestTokens.Claims()),
            "tampered" => TestTokens.WithPayload(DoctorToken(), TestTokens.Claims(tenant: "clinic-b", roles: ["admin"])),
            "hs-rs-confusion" => TestTokens.Hs256(Encoding.ASCII.GetBytes(File.ReadAllText(Keys.RsaPemPath)), TestTokens.Claims()),
            "no-tenant" => TestTokens.Rs256(Keys.Rsa, WithoutTenant()),
            "bad-tenant" => TestTokens.Rs256(Keys.Rsa, TestTokens.Claims(tenant: "../clinic b\n")),
            "garbage" => "not.a.token",
            "rs384-not-allowed" => Rs384(),
            "encrypted-shape" => "a.b.c.d.e",
            "oversized" => TestTokens.Rs256(Keys.Rsa, Padded(TestTokens.Claims())),
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
        };
    }

    // Correctly signed, but past the 8 KiB cap on token size.
    private static Dictionary<string, object> Padded(Dictionary<string, object> claims)
    {
        claims["pad"] = new string('a', 9000);
        return claims;
    }

    private static Dictionary<string, object> WithoutTenant()
    {
        var claims = TestTokens.Claims();
        claims.Remove("tenant");
        return claims;
    }

    private string Rs384()
    {
        // Correctly signed with the trusted key, but RS384 is not on the allow-list.
        var header = Microsoft.IdentityModel.Tokens.Base64UrlEncoder.Encode("{\"alg\":\"RS384\",\"typ\":\"JWT\"}");
        var payload = Microsoft.IdentityModel.Tokens.Base64UrlEncoder.Encode(System.Text.Json.JsonSerializer.Serialize(TestTokens.Claims()));
        var signature = Keys.Rsa.SignData(Encoding.ASCII.GetBytes($"{header}.{payload}"), HashAlgorithmName.SHA384, RSASignaturePadding.Pkcs1);
        return $"{header}.{payload}.{Microsoft.IdentityModel.Tokens.Base64UrlEncoder.Encode(signature)}";
    }

    private sealed record ClinicUserBody(string Tenant, string UserId, string[] Roles, string? DisplayName);
}
