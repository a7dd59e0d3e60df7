using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Mesh.WebFrontend.Tests.Infrastructure;

namespace Mesh.WebFrontend.Tests;

/// <summary>Stateless local-mode requests share one local-mode host; restarts, other folders and production get hosts of their own.</summary>
public sealed class DevTokenTests(LocalModeWebHost localHost) : WebTestBase, IClassFixture<LocalModeWebHost>
{
    private const string DevToken = "/api/v1/dev/token";
    private static readonly Dictionary<string, string?> LocalMode = new() { ["Mesh:LocalMode"] = "true" };

    [Fact]
    public async Task DevToken_Is404OutsideLocalMode()
    {
        var client = CreateClient();

        var response = await client.SendAsync(PostJson(DevToken, new { tenant = "clinic-a", userId = "u1", roles = new[] { "doctor" } }));

        await response.AssertProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task DevToken_InLocalMode_SignsInWithRequestedIdentity()
    {
        var client = localHost.Factory.CreateClient();

        var token = await IssueAsync(client, new { tenant = "clinic-a", userId = "nurse.joy", roles = new[] { "nurse" }, name = "Joy" });
        var whoami = await client.SendAsync(Get("/api/v1/test/whoami", token));

        whoami.EnsureSuccessStatusCode();
        var user = await whoami.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("clinic-a", user.GetProperty("tenant").GetString());
        Assert.Equal("nurse.joy", user.GetProperty("userId").GetString());
        Assert.Equal("Joy", user.GetProperty("displayName").GetString());
        Assert.Equal("nurse", user.GetProperty("roles")[0].GetString());
    }

    [Fact]
    public async Task DevToken_LastsEightHours()
    {
        var client = localHost.Factory.CreateClient();

        var token = await IssueAsync(client, new { tenant = "clinic-a", userId = "u1", roles = new[] { "doctor" } });

        var payload = JsonDocument.Parse(Microsoft.IdentityModel.Tokens.Base64UrlEncoder.Decode(token.Split('.')[1])).RootElement;
        Assert.Equal(8 * 3600, payload.GetProperty("exp").GetInt64() - payload.GetProperty("nbf").GetInt64());
    }

    [Fact]
    public async Task DevSigningKey_IsCreatedOnStartAndReusedAfterRestart()
    {
        string token;
        using (var first = new MeshWebFactory(Keys, DataDirectory, LocalMode))
        {
            var client = first.CreateClient();
            Assert.True(File.Exists(Path.Combine(DataDirectory, "dev-signing.key")));
            token = await IssueAsync(client, new { tenant = "clinic-a", userId = "u1", roles = new[] { "doctor" } });
        }

        var keyBefore = await File.ReadAllTextAsync(Path.Combine(DataDirectory, "dev-signing.key"));
        using var second = new MeshWebFactory(Keys, DataDirectory, LocalMode);
        var response = await second.CreateClient().SendAsync(Get("/api/v1/test/whoami", token));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(keyBefore, await File.ReadAllTextAsync(Path.Combine(DataDirectory, "dev-signing.key")));
    }

    [Fact]
    public async Task DevToken_FromAnotherDataDirectory_Is401()
    {
        var client = CreateClient(LocalMode);
        var token = await IssueAsync(client, new { tenant = "clinic-a", userId = "u1", roles = new[] { "doctor" } });
        using var otherFolder = new TempFolder();
        using var other = new MeshWebFactory(Keys, otherFolder.Path, LocalMode);

        var response = await other.CreateClient().SendAsync(Get("/api/v1/test/whoami", token));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task DevToken_InProduction_IsNotAccepted()
    {
        var local = CreateClient(LocalMode);
        var token = await IssueAsync(local, new { tenant = "clinic-a", userId = "u1", roles = new[] { "doctor" } });
        var production = CreateClient(new Dictionary<string, string?>
        {
            ["Mesh:Auth:Issuer"] = "mesh-local",
            ["Mesh:Auth:Audience"] = "mesh-api",
        });

        var response = await production.SendAsync(Get("/api/v1/test/whoami", token));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [InlineData("{\"tenant\":\"\",\"userId\":\"u1\",\"roles\":[\"doctor\"]}", "tenant")]
    [InlineData("{\"tenant\":\"clinic a\",\"userId\":\"u1\",\"roles\":[\"doctor\"]}", "tenant")]
    [InlineData("{\"tenant\":\"clinic-a\",\"userId\":\"../etc\\n\",\"roles\":[\"doctor\"]}", "userId")]
    [InlineData("{\"tenant\":\"clinic-a\",\"roles\":[\"doctor\"]}", "userId")]
    [InlineData("{\"tenant\":\"clinic-a\",\"userId\":\"u1\",\"roles\":[\"superuser\"]}", "roles")]
    [InlineData("{\"tenant\":\"clinic-a\",\"userId\":\"u1\",\"roles\":[]}", "roles")]
    [InlineData("{\"tenant\":\"clinic-a\",\"userId\":\"u1\",\"roles\":[\"doctor\"],\"name\":\"a\\u0000b\"}", "name")]
    public async Task DevToken_InvalidRequest_Is400NamingTheField(string body, string field)
    {
        var client = localHost.Factory.CreateClient();

        var response = await client.SendAsync(Post(DevToken, new StringContent(body, System.Text.Encoding.UTF8, "application/json")));

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), $"errors should name '{field}'");
    }

    [Fact]
    public async Task DevToken_VeryLongTenant_Is400()
    {
        var client = localHost.Factory.CreateClient();

        var response = await client.SendAsync(PostJson(DevToken, new { tenant = new string('a', 100_000), userId = "u1", roles = new[] { "doctor" } }));

        await response.AssertProblemAsync(HttpStatusCode.BadRequest);
    }

    private static async Task<string> IssueAsync(HttpClient client, object request)
    {
        var response = await client.SendAsync(PostJson(DevToken, request));
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return body.GetProperty("token").GetString()!;
    }
}
