using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Mesh.WebFrontend.Tests.Claims;

namespace Mesh.WebFrontend.Tests.Agents;

/// <summary>The chat takes every claim id the claims API takes: a claim imported with a 72-character CLM01 is reached by both, and by no other clinic.</summary>
public sealed class ChatClaimIdsTests : ClaimTestBase
{
    private const string LongClaimId = "CLEARINGHOUSE-2026-12-07-BATCH-000417-SUBMITTER-MESHCLINIC-CLAIM-0000001";

    [Fact]
    public async Task ClaimWithA72CharacterId_IsReachedByTheClaimsApiAndTheChat_AndNotByAnotherClinic()
    {
        var imported = await Client.SendAsync(Post("/api/v1/claims/x12",
            new StringContent(ClaimFiles.Professional.Replace("CLM*PCN-1001*", $"CLM*{LongClaimId}*", StringComparison.Ordinal), new MediaTypeHeaderValue("application/edi-x12")), BillingToken()));
        Assert.Equal(HttpStatusCode.OK, imported.StatusCode);
        var claim = await GetJsonAsync($"/api/v1/claims/{LongClaimId}", BillingToken());
        Assert.Equal(LongClaimId, claim.GetProperty("claimId").GetString());

        var chat = await OpenChatAsync(BillingToken());
        var attached = await AskAsync(chat, BillingToken(), new { message = "What is the status of this claim?", contexts = new[] { new { type = "CLAIM", id = LongClaimId } } });
        var inWords = await AskAsync(chat, BillingToken(), new { message = $"What is the status of claim {LongClaimId}?" });

        Assert.Equal(HttpStatusCode.OK, attached.StatusCode);
        var turn = await attached.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains($"Claim {LongClaimId} to ", turn.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Contains(turn.GetProperty("citations").EnumerateArray(), c => c.GetProperty("resourceType").GetString() == "claim" && c.GetProperty("id").GetString() == LongClaimId);
        Assert.Contains($"Claim {LongClaimId} to ", (await inWords.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("text").GetString(), StringComparison.Ordinal);

        var otherClinic = BillingToken("clinic-b");
        var otherChat = await OpenChatAsync(otherClinic);
        var refused = await AskAsync(otherChat, otherClinic, new { message = "What is the status of this claim?", contexts = new[] { new { type = "CLAIM", id = LongClaimId } } });
        var notFound = (await (await AskAsync(otherChat, otherClinic, new { message = $"What is the status of claim {LongClaimId}?" })).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("text").GetString();
        Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
        Assert.Contains($"No claim {LongClaimId} in this clinic", notFound, StringComparison.Ordinal);
        Assert.DoesNotContain("status", notFound, StringComparison.Ordinal);
    }

    private Task<HttpResponseMessage> AskAsync(string chat, string token, object body) => Client.SendAsync(PostJson($"/api/v1/chats/{chat}/messages", body, token));

    private async Task<string> OpenChatAsync(string token)
    {
        var opened = await Client.SendAsync(PostJson("/api/v1/chats", new { }, token));
        Assert.Equal(HttpStatusCode.Created, opened.StatusCode);
        return (await opened.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }
}
