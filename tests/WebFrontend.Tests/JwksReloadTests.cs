using System.Diagnostics;
using System.Net;
using System.Security.Cryptography;
using Mesh.WebFrontend.Tests.Infrastructure;

namespace Mesh.WebFrontend.Tests;

/// <summary>Keys follow the JWKS file while the node runs: the identity provider rotates without a Mesh restart.</summary>
public sealed class JwksReloadTests : WebTestBase
{
    private const string WhoAmI = "/api/v1/test/whoami";

    // The file is looked at every two seconds at most; the bound leaves room for a slow machine.
    private static readonly TimeSpan PickUpWithin = TimeSpan.FromSeconds(15);

    [Fact]
    public async Task KeyAddedToJwksFile_IsTrustedWithoutRestart()
    {
        var client = JwksOnlyClient();
        using var newKey = RSA.Create(2048);
        var token = TestTokens.Rs256(newKey, TestTokens.Claims());
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.SendAsync(Get(WhoAmI, token))).StatusCode);

        Keys.RewriteJwks(newKey);

        Assert.Equal(HttpStatusCode.OK, await PollAsync(client, token, HttpStatusCode.OK));
    }

    [Fact]
    public async Task KeyRemovedFromJwksFile_IsNoLongerTrusted()
    {
        using var retiredKey = RSA.Create(2048);
        Keys.RewriteJwks(retiredKey);
        var client = JwksOnlyClient();
        var token = TestTokens.Rs256(retiredKey, TestTokens.Claims());
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(Get(WhoAmI, token))).StatusCode);

        Keys.RewriteJwks();

        Assert.Equal(HttpStatusCode.Unauthorized, await PollAsync(client, token, HttpStatusCode.Unauthorized));
    }

    [Fact]
    public async Task BrokenJwksRewrite_KeepsThePreviousKeysUntilFixed()
    {
        var factory = CreateFactory(JwksOnly());
        var client = factory.CreateClient();
        var token = TestTokens.Rs256(Keys.Rsa, TestTokens.Claims());
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(Get(WhoAmI, token))).StatusCode);

        TestKeys.Replace(Keys.JwksPath, "{\"keys\": [");
        await WaitForLogAsync(factory, "could not be loaded", client, token);

        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(Get(WhoAmI, token))).StatusCode);
        using var newKey = RSA.Create(2048);
        Keys.RewriteJwks(newKey);
        Assert.Equal(HttpStatusCode.OK, await PollAsync(client, TestTokens.Rs256(newKey, TestTokens.Claims()), HttpStatusCode.OK));
    }

    private HttpClient JwksOnlyClient() => CreateClient(JwksOnly());

    // Only the JWKS file is trusted, so what it holds decides alone.
    private Dictionary<string, string?> JwksOnly() => new()
    {
        ["Mesh:Auth:PublicKeyFiles:0"] = null,
        ["Mesh:Auth:PublicKeyFiles:1"] = null,
        ["Mesh:Auth:JwksFile"] = Keys.JwksPath,
    };

    /// <summary>Asks until the answer is <paramref name="expected"/> or the bound runs out; returns the last answer.</summary>
    private static async Task<HttpStatusCode> PollAsync(HttpClient client, string token, HttpStatusCode expected)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var status = (await client.SendAsync(Get(WhoAmI, token))).StatusCode;
            if (status == expected || clock.Elapsed > PickUpWithin)
            {
                return status;
            }

            await Task.Delay(200);
        }
    }

    private static async Task WaitForLogAsync(MeshWebFactory factory, string text, HttpClient client, string token)
    {
        var clock = Stopwatch.StartNew();
        while (!factory.Logs.Lines.Any(line => line.Contains(text, StringComparison.Ordinal)))
        {
            Assert.True(clock.Elapsed < PickUpWithin, $"no log line containing '{text}'");

            // The file is only looked at when a token is checked.
            await client.SendAsync(Get(WhoAmI, token));
            await Task.Delay(200);
        }
    }
}
