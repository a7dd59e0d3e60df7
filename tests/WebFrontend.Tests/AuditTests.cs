using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Mesh.WebFrontend.Tests.Infrastructure;

namespace Mesh.WebFrontend.Tests;

/// <summary>
/// Who reads the audit log and how it is filtered. Refusals and validation share one host; the tests that count the
/// rows of a clinic get a host (and so an audit log) of their own.
/// </summary>
public sealed class AuditTests(SharedWebHost host) : WebTestBase(host), IClassFixture<SharedWebHost>
{
    [Fact]
    public async Task PatientRead_IsAuditedWithUserAndCorrelationId()
    {
        var client = CreateFactory().CreateClient();
        var read = Get("/api/v1/test/patients/p-42", DoctorToken());
        read.Headers.Add("X-Correlation-ID", "corr-123");

        var readResponse = await client.SendAsync(read);
        var audit = await QueryAsync(client, AdminToken(), "");

        Assert.Equal("corr-123", readResponse.Headers.GetValues("X-Correlation-ID").Single());
        var record = Assert.Single(audit.GetProperty("items").EnumerateArray());
        Assert.Equal("clinic-a", record.GetProperty("tenant").GetString());
        Assert.Equal("dr-house", record.GetProperty("userId").GetString());
        Assert.Equal("read", record.GetProperty("action").GetString());
        Assert.Equal("Patient", record.GetProperty("resourceType").GetString());
        Assert.Equal("p-42", record.GetProperty("resourceId").GetString());
        Assert.Equal("success", record.GetProperty("outcome").GetString());
        Assert.Equal("corr-123", record.GetProperty("correlationId").GetString());
    }

    [Fact]
    public async Task InvalidCorrelationId_IsReplacedByTraceId()
    {
        var client = CreateClient();
        var request = Get("/api/v1/test/patients/p-1", DoctorToken());
        request.Headers.TryAddWithoutValidation("X-Correlation-ID", "bad id with spaces <script>");

        var response = await client.SendAsync(request);

        var echoed = response.Headers.GetValues("X-Correlation-ID").Single();
        Assert.Matches("^[0-9a-f]{32}$", echoed);
    }

    [Fact]
    public async Task AuditQuery_SeesOnlyTheCallersClinic()
    {
        var client = CreateFactory().CreateClient();
        await client.SendAsync(Get("/api/v1/test/patients/a-1", DoctorToken("clinic-a")));
        await client.SendAsync(Get("/api/v1/test/patients/b-1", DoctorToken("clinic-b")));

        var clinicA = await QueryAsync(client, AdminToken("clinic-a"), "");
        var clinicB = await QueryAsync(client, AdminToken("clinic-b"), "");

        Assert.Equal(["a-1"], clinicA.GetProperty("items").EnumerateArray().Select(r => r.GetProperty("resourceId").GetString()));
        Assert.Equal(["b-1"], clinicB.GetProperty("items").EnumerateArray().Select(r => r.GetProperty("resourceId").GetString()));
    }

    [Theory]
    [InlineData("doctor")]
    [InlineData("nurse")]
    [InlineData("billing")]
    public async Task AuditQuery_ByNonAdmin_Is403(string role)
    {
        var client = CreateClient();
        var token = TestTokens.Rs256(Keys.Rsa, TestTokens.Claims(roles: [role]));

        var response = await client.SendAsync(Get("/api/v1/audit", token));

        await response.AssertProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task AuditQuery_Anonymous_Is401()
    {
        var client = CreateClient();

        var response = await client.SendAsync(Get("/api/v1/audit"));

        await response.AssertProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task AuditQuery_FiltersAndPages()
    {
        var client = CreateFactory().CreateClient();
        foreach (var id in new[] { "p-1", "p-2", "p-3" })
        {
            await client.SendAsync(Get($"/api/v1/test/patients/{id}", DoctorToken(userId: "dr-a")));
        }

        await client.SendAsync(Get("/api/v1/test/patients/p-9", DoctorToken(userId: "dr-b")));

        var byUser = await QueryAsync(client, AdminToken(), "?userId=dr-a&offset=1&limit=1");
        var byResource = await QueryAsync(client, AdminToken(), "?resourceId=p-9");
        var future = await QueryAsync(client, AdminToken(), $"?from={Uri.EscapeDataString(DateTimeOffset.UtcNow.AddHours(1).ToString("O"))}");

        Assert.Equal((1, 1), (byUser.GetProperty("offset").GetInt32(), byUser.GetProperty("limit").GetInt32()));
        Assert.Equal("p-2", Assert.Single(byUser.GetProperty("items").EnumerateArray()).GetProperty("resourceId").GetString());
        Assert.Equal("dr-b", Assert.Single(byResource.GetProperty("items").EnumerateArray()).GetProperty("userId").GetString());
        Assert.Empty(future.GetProperty("items").EnumerateArray());
    }

    [Theory]
    [InlineData("?limit=201", "limit")]
    [InlineData("?limit=0", "limit")]
    [InlineData("?offset=-1", "offset")]
    [InlineData("?userId=a%00b", "userId")]
    [InlineData("?resourceId=a%0Ab", "resourceId")]
    public async Task AuditQuery_InvalidFilter_Is400NamingIt(string query, string field)
    {
        var client = CreateClient();

        var response = await client.SendAsync(Get($"/api/v1/audit{query}", AdminToken()));

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), $"errors should name '{field}'");
    }

    [Fact]
    public async Task AuditQuery_HostileValues_AreNever500()
    {
        var client = CreateClient();
        var longValue = new string('x', 20_000);

        var tooLong = await client.SendAsync(Get($"/api/v1/audit?resourceId={longValue}", AdminToken()));
        var notANumber = await client.SendAsync(Get("/api/v1/audit?limit=abc", AdminToken()));
        var notADate = await client.SendAsync(Get("/api/v1/audit?from=yesterday", AdminToken()));

        await tooLong.AssertProblemAsync(HttpStatusCode.BadRequest);
        var problem = await notANumber.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("limit", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        await notADate.AssertProblemAsync(HttpStatusCode.BadRequest);
    }

    private static async Task<JsonElement> QueryAsync(HttpClient client, string token, string query)
    {
        var response = await client.SendAsync(Get($"/api/v1/audit{query}", token));
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}
