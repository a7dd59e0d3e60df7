using System.Net.Http.Json;
using System.Text.Json;
using Mesh.Grains;
using Mesh.Grains.Claims;
using Mesh.WebFrontend.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Mesh.WebFrontend.Tests.Claims;

/// <summary>A host per test with tokens for every clinic role and a way to put claims in a clinic directly.</summary>
public abstract class ClaimTestBase : WebTestBase
{
    protected ClaimTestBase()
    {
        Factory = CreateFactory();
        Client = Factory.CreateClient();
    }

    protected MeshWebFactory Factory { get; }

    protected HttpClient Client { get; }

    protected string Token(string role, string tenant = "clinic-a", string userId = "user-1") =>
        TestTokens.Rs256(Keys.Rsa, TestTokens.Claims(tenant, userId, [role]));

    protected string BillingToken(string tenant = "clinic-a") => Token("billing", tenant, "biller-1");

    protected IClaimGrain Grain(string claimId, string tenant = "clinic-a") =>
        Factory.Services.GetRequiredService<IGrainFactory>().GetGrain<IClaimGrain>(TenantKeys.For(tenant, claimId));

    protected async Task<JsonElement> GetJsonAsync(string url, string token)
    {
        var response = await Client.SendAsync(Get(url, token));
        Assert.True(response.IsSuccessStatusCode, $"GET {url}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}
