using System.Net;
using System.Net.Http.Headers;
using Mesh.WebFrontend.Tests.Infrastructure;
using static Mesh.Grains.Tests.Claims.ClaimSamples;

namespace Mesh.WebFrontend.Tests.Claims;

public sealed class ContractsApiTests : ClaimTestBase
{
    private const string RateCard = "code,modifier,allowed,effective_from,effective_to\n99213,,100.00,2026-01-01,\n85025,91,45.00,2026-01-01,2026-12-31\n";

    [Fact]
    public async Task BillingPutsARateCard_GetsItBack_AndRemittanceLinesAreCheckedAgainstIt()
    {
        var put = await Client.SendAsync(Put("/api/v1/contracts/ACME01", RateCard, BillingToken()));
        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        var card = await GetJsonAsync("/api/v1/contracts/ACME01", BillingToken());
        Assert.Equal(2, card.GetProperty("rates").GetArrayLength());
        Assert.Equal("91", card.GetProperty("rates")[1].GetProperty("modifier").GetString());

        await Grain("C1").SubmitAsync(Claim("C1"));
        await Grain("C1").ApplyRemittanceAsync(Payment("C1", labPaid: 30m));
        var claim = await GetJsonAsync("/api/v1/claims/C1", BillingToken());
        var lab = claim.GetProperty("contractChecks").EnumerateArray().Single(c => c.GetProperty("procedureCode").GetString() == "85025");
        Assert.True(lab.GetProperty("underpaid").GetBoolean());
        Assert.Equal(45m, lab.GetProperty("expected").GetDecimal());
        Assert.Equal(5m, lab.GetProperty("netdown").GetDecimal());
    }

    [Fact]
    public async Task OnlyBillingAndAdminWorkContracts_AndAnotherClinicSeesNone()
    {
        Assert.Equal(HttpStatusCode.Forbidden, (await Client.SendAsync(Put("/api/v1/contracts/ACME01", RateCard, Token("doctor")))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await Client.SendAsync(Get("/api/v1/contracts/ACME01", Token("nurse")))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Client.SendAsync(Put("/api/v1/contracts/ACME01", RateCard, Token("admin")))).StatusCode);
        await (await Client.SendAsync(Get("/api/v1/contracts/ACME01", BillingToken("clinic-b")))).AssertProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task MalformedRateCards_Are400WithTheLineAtFault_AndKeepTheCardBefore()
    {
        await Client.SendAsync(Put("/api/v1/contracts/ACME01", RateCard, BillingToken()));

        var bad = "99213,,100.00,2026-01-01\n9921,,1,2026-01-01\n99214,,ten,2026-01-01\n99215,,1,2026-02-30\n\"unterminated,,1,2026-01-01\n";
        var problem = await (await Client.SendAsync(Put("/api/v1/contracts/ACME01", bad, BillingToken()))).AssertProblemAsync(HttpStatusCode.BadRequest);
        var errors = problem.GetProperty("errors").GetProperty("rateCard").EnumerateArray().Select(e => e.GetString()!).ToList();
        Assert.Contains(errors, e => e.StartsWith("line 2:", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("line 3:", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("line 4:", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("line 5:", StringComparison.Ordinal));
        await (await Client.SendAsync(Put("/api/v1/contracts/ACME01", string.Empty, BillingToken()))).AssertProblemAsync(HttpStatusCode.BadRequest);
        await (await Client.SendAsync(Put("/api/v1/contracts/%3Cx%3E", RateCard, BillingToken()))).AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(2, (await GetJsonAsync("/api/v1/contracts/ACME01", BillingToken())).GetProperty("rates").GetArrayLength());
    }

    [Fact]
    public async Task OversizedRateCard_Is413()
    {
        var huge = string.Concat(Enumerable.Repeat("99213,,100.00,2026-01-01,\n", 60_000));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, (await Client.SendAsync(Put("/api/v1/contracts/ACME01", huge, BillingToken()))).StatusCode);
    }

    private static HttpRequestMessage Put(string url, string csv, string token) => new(HttpMethod.Put, url)
    {
        Content = new StringContent(csv, new MediaTypeHeaderValue("text/csv")),
        Headers = { Authorization = new AuthenticationHeaderValue("Bearer", token) },
    };
}
