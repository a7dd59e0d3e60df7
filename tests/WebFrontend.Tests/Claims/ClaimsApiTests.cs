using System.Net;
using System.Text.Json;
using Mesh.WebFrontend.Tests.Infrastructure;
using static Mesh.Grains.Tests.Claims.ClaimSamples;

namespace Mesh.WebFrontend.Tests.Claims;

public sealed class ClaimsApiTests : ClaimTestBase
{
    [Fact]
    public async Task GetClaim_ShowsLinesDiagnosesPayerHistoryRemittancesAndBalanceDue_ToBillingDoctorsAndNurses()
    {
        await Grain("C1").SubmitAsync(Claim("C1"));
        await Grain("C1").ApplyRemittanceAsync(Payment("C1", labPaid: 30m));

        foreach (var role in new[] { "billing", "doctor", "nurse" })
        {
            var claim = await GetJsonAsync("/api/v1/claims/C1", Token(role));
            Assert.Equal("partial", claim.GetProperty("status").GetString());
            Assert.Equal("ACME01", claim.GetProperty("payer").GetProperty("id").GetString());
            Assert.Equal(2, claim.GetProperty("lines").GetArrayLength());
            Assert.Equal("E119", claim.GetProperty("diagnoses")[0].GetProperty("code").GetString());
            Assert.Equal(2, claim.GetProperty("history").GetArrayLength());
            Assert.Equal("TRC1", claim.GetProperty("remittances")[0].GetProperty("payment").GetProperty("source").GetProperty("traceNumber").GetString());
            Assert.Equal(20m, claim.GetProperty("balanceDue").GetDecimal());
        }
    }

    [Fact]
    public async Task OtherClinicsClaim_UnknownAndHostileIds_Are404Problems()
    {
        await Grain("C1").SubmitAsync(Claim("C1"));

        await (await Client.SendAsync(Get("/api/v1/claims/C1", BillingToken("clinic-b")))).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await Client.SendAsync(Get("/api/v1/claims/NOPE", BillingToken()))).AssertProblemAsync(HttpStatusCode.NotFound);
        foreach (var hostile in new[] { "%3Cscript%3E", "a%20b", "..%2F..%2Fetc", new string('x', 300), "C1%0A" })
        {
            var response = await Client.SendAsync(Get($"/api/v1/claims/{hostile}", BillingToken()));
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        }
    }

    [Fact]
    public async Task Claims_NeedAClinicRole_AndAnAuthenticatedUser()
    {
        Assert.Equal(HttpStatusCode.Unauthorized, (await Client.SendAsync(Get("/api/v1/claims"))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await Client.SendAsync(Get("/api/v1/claims", Token("receptionist")))).StatusCode);
    }

    [Fact]
    public async Task ListClaims_FiltersAndPages_AndRefusesBadParameters()
    {
        for (var i = 1; i <= 12; i++)
        {
            await Grain($"C{i:00}").SubmitAsync(Claim($"C{i:00}", payer: i % 2 == 0 ? Blue : Acme, serviceFrom: new DateOnly(2026, 10, i)));
        }

        await Grain("C03").ApplyRemittanceAsync(Denial("C03"));

        var page = await GetJsonAsync("/api/v1/claims?payer=BLUE02&limit=2&offset=1", BillingToken());
        Assert.Equal(6, page.GetProperty("total").GetInt32());
        Assert.Equal(["C10", "C08"], page.GetProperty("items").EnumerateArray().Select(c => c.GetProperty("claimId").GetString()));
        var denied = await GetJsonAsync("/api/v1/claims?status=denied", Token("doctor"));
        Assert.Equal("C03", Assert.Single(denied.GetProperty("items").EnumerateArray()).GetProperty("claimId").GetString());
        var range = await GetJsonAsync("/api/v1/claims?from=2026-10-02&to=2026-10-03&patientId=p-1", BillingToken());
        Assert.Equal(2, range.GetProperty("total").GetInt32());
        Assert.Equal(0, (await GetJsonAsync("/api/v1/claims", BillingToken("clinic-b"))).GetProperty("total").GetInt32());

        foreach (var bad in new[] { "status=lost", "limit=0", "limit=100000", "offset=-1", "from=2026-13-01", "from=2026-10-05&to=2026-10-01", "payer=%3Cx%3E" })
        {
            await (await Client.SendAsync(Get($"/api/v1/claims?{bad}", BillingToken()))).AssertProblemAsync(HttpStatusCode.BadRequest);
        }
    }

    [Fact]
    public async Task Denials_ListReasonsAndDollars_OfOwnClinicOnly()
    {
        await Grain("C1").SubmitAsync(Claim("C1"));
        await Grain("C1").ApplyRemittanceAsync(Denial("C1"));

        var page = await GetJsonAsync("/api/v1/denials", BillingToken());

        Assert.Equal(200m, page.GetProperty("totalAmount").GetDecimal());
        var first = page.GetProperty("items")[0];
        Assert.Equal("C1.1.1.CO-50", first.GetProperty("id").GetString());
        Assert.Equal("Not medically necessary", first.GetProperty("description").GetString());
        Assert.Equal(150m, first.GetProperty("amount").GetDecimal());
        Assert.Equal(0, (await GetJsonAsync("/api/v1/denials", BillingToken("clinic-b"))).GetProperty("total").GetInt32());
        await (await Client.SendAsync(Get("/api/v1/denials?limit=-3", BillingToken()))).AssertProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task ClaimReads_AreAudited()
    {
        await Grain("C1").SubmitAsync(Claim("C1"));
        await Client.SendAsync(Get("/api/v1/claims/C1", BillingToken()));
        await Client.SendAsync(Get("/api/v1/claims/NOPE", BillingToken()));

        var rows = (await GetJsonAsync("/api/v1/audit?resourceType=claim", AdminToken())).GetProperty("items").EnumerateArray().ToList();

        Assert.Contains(rows, r => r.GetProperty("resourceId").GetString() == "C1" && r.GetProperty("outcome").GetString() == "success"
            && r.GetProperty("userId").GetString() == "biller-1");
        Assert.Contains(rows, r => r.GetProperty("resourceId").GetString() == "NOPE" && r.GetProperty("outcome").GetString() == "failed");
    }
}
