using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Mesh.WebFrontend.Tests.Infrastructure;

namespace Mesh.WebFrontend.Tests.Agents;

/// <summary>A CLAIM context the claims API could never reach is refused with 400, before the team reads anything.</summary>
public sealed class ChatHostileClaimIdsTests(SharedWebHost host) : WebTestBase(host), IClassFixture<SharedWebHost>
{
    private const string EightyOneCharacterId = "CLEARINGHOUSE-2026-12-07-BATCH-000417-SUBMITTER-MESHCLINIC-CLAIM-0000001-PADDED-P";

    [Theory]
    [InlineData("PCN-1001\u0000")]
    [InlineData(EightyOneCharacterId)]
    [InlineData("clinic-b/PCN-1001")]
    [InlineData("PCN 1001")]
    [InlineData("../PCN-1001")]
    [InlineData(".")]
    [InlineData("..")]
    [InlineData("-")]
    public async Task HostileClaimContextId_Is400(string id)
    {
        var client = CreateClient();
        var token = TestTokens.Rs256(Keys.Rsa, TestTokens.Claims("clinic-a", "biller-1", ["billing"]));
        var opened = await client.SendAsync(PostJson("/api/v1/chats", new { }, token));
        Assert.Equal(HttpStatusCode.Created, opened.StatusCode);
        var chat = (await opened.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();

        var response = await client.SendAsync(PostJson($"/api/v1/chats/{chat}/messages", new { message = "Status?", contexts = new[] { new { type = "CLAIM", id } } }, token));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
