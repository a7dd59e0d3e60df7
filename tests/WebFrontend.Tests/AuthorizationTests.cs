using System.Net;
using Mesh.WebFrontend.Tests.Infrastructure;

namespace Mesh.WebFrontend.Tests;

public sealed class AuthorizationTests(SharedWebHost host) : WebTestBase(host), IClassFixture<SharedWebHost>
{
    [Theory]
    [InlineData("doctor", HttpStatusCode.OK)]
    [InlineData("nurse", HttpStatusCode.OK)]
    [InlineData("admin", HttpStatusCode.OK)]
    [InlineData("billing", HttpStatusCode.Forbidden)]
    public async Task PatientRead_FollowsPolicy(string role, HttpStatusCode expected)
    {
        var client = CreateClient();
        var token = TestTokens.Rs256(Keys.Rsa, TestTokens.Claims(roles: [role]));

        var response = await client.SendAsync(Get("/api/v1/test/patients/p-1", token));

        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public async Task PatientWrite_ByAdmin_Is403Problem()
    {
        var client = CreateClient();

        var response = await client.SendAsync(PostJson("/api/v1/test/notes", new { text = "x", priority = 1 }, AdminToken()));

        await response.AssertProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task UnknownRoleClaim_GrantsNothing()
    {
        var client = CreateClient();
        var token = TestTokens.Rs256(Keys.Rsa, TestTokens.Claims(roles: ["Doctor", "root"]));

        var response = await client.SendAsync(Get("/api/v1/test/patients/p-1", token));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task RouteWithoutPolicy_StillNeedsAuthentication()
    {
        var client = CreateClient();

        var response = await client.SendAsync(Get("/api/v1/test/whoami"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}
