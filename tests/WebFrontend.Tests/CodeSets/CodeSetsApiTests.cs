using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Mesh.WebFrontend.Tests.Infrastructure;

namespace Mesh.WebFrontend.Tests.CodeSets;

public sealed class CodeSetsApiTests : WebTestBase
{
    private const string OrderFile =
        "00001 E11     0 Type 2 diabetes mellitus                                     Type 2 diabetes mellitus\n" +
        "00002 E119    1 Type 2 diabetes mellitus without complications               Type 2 diabetes mellitus without complications\n" +
        "00003 X9999   1 A code only this release has                                 A code only this release has\n";

    private string BillingToken() => TestTokens.Rs256(Keys.Rsa, TestTokens.Claims("clinic-a", "biller-1", ["billing"]));

    private static StringContent Text(string text) => new(text, Encoding.UTF8, "text/plain");

    [Fact]
    public async Task Search_FindsStarterCodesByPrefixAndWordsForAnyClinicUser()
    {
        var client = CreateClient();

        var byCode = await client.SendAsync(Get("/api/v1/codes/icd10cm?q=E11.", DoctorToken()));
        var byWords = await client.SendAsync(Get("/api/v1/codes/icd10cm?q=low%20back&limit=5", BillingToken()));
        var reasons = await client.SendAsync(Get("/api/v1/codes/carc?q=45", DoctorToken()));

        var codes = await byCode.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("starter", codes.GetProperty("source").GetString(), StringComparison.Ordinal);
        Assert.Equal(["E11", "E1165", "E119"], codes.GetProperty("codes").EnumerateArray().Select(c => c.GetProperty("code").GetString()));
        Assert.False(codes.GetProperty("codes")[0].GetProperty("billable").GetBoolean());
        Assert.Contains("M5450", (await byWords.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Contains("fee schedule", (await reasons.Content.ReadAsStringAsync()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Upload_ByAdminReplacesTheSetAndAnswersCounts()
    {
        var client = CreateClient();

        var response = await client.SendAsync(Post("/api/v1/code-sets/icd10cm?source=CMS%20FY2027%20test%20release", Text(OrderFile), AdminToken()));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal((3, 2, "CMS FY2027 test release"), (body.GetProperty("count").GetInt32(), body.GetProperty("billable").GetInt32(), body.GetProperty("source").GetString()));
        var found = await (await client.SendAsync(Get("/api/v1/codes/icd10cm?q=X9999", DoctorToken()))).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("A code only this release has", found.GetProperty("codes")[0].GetProperty("description").GetString());
        var described = await (await client.SendAsync(Get("/api/v1/code-sets/icd10cm", DoctorToken()))).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(3, described.GetProperty("count").GetInt32());
    }

    [Fact]
    public async Task Upload_AsMultipartFileWorks()
    {
        var client = CreateClient();
        var form = new MultipartFormDataContent { { new ByteArrayContent(Encoding.UTF8.GetBytes("code,description\nM15,Bundled\n")), "file", "rarc.csv" } };

        var response = await client.SendAsync(Post("/api/v1/code-sets/rarc", form, AdminToken()));

        Assert.Equal(1, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("count").GetInt32());
    }

    [Fact]
    public async Task Upload_ByNonAdminIsForbiddenAndWithoutTokenUnauthorized()
    {
        var client = CreateClient();

        Assert.Equal(HttpStatusCode.Forbidden, (await client.SendAsync(Post("/api/v1/code-sets/icd10cm", Text(OrderFile), DoctorToken()))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.SendAsync(Post("/api/v1/code-sets/carc", Text("code,description\n1,x\n"), BillingToken()))).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.SendAsync(Post("/api/v1/code-sets/icd10cm", Text(OrderFile)))).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.SendAsync(Get("/api/v1/codes/icd10cm?q=E11"))).StatusCode);
    }

    [Fact]
    public async Task Upload_MalformedFileIsAProblemNamingTheLineAndChangesNothing()
    {
        var client = CreateClient();

        var response = await client.SendAsync(Post("/api/v1/code-sets/icd10cm", Text(OrderFile + "not an order file line\n"), AdminToken()));

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.StartsWith("line 4:", problem.GetProperty("errors")[0].GetString(), StringComparison.Ordinal);
        var found = await (await client.SendAsync(Get("/api/v1/codes/icd10cm?q=X9999", DoctorToken()))).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Empty(found.GetProperty("codes").EnumerateArray());
    }

    [Fact]
    public async Task Upload_BinaryOrEmptyBodyIsAProblem()
    {
        var client = CreateClient();
        var binary = new ByteArrayContent([0xFF, 0xFE, 0x00, 0x41]) { Headers = { ContentType = new MediaTypeHeaderValue("application/octet-stream") } };

        await (await client.SendAsync(Post("/api/v1/code-sets/carc", binary, AdminToken()))).AssertProblemAsync(HttpStatusCode.BadRequest);
        await (await client.SendAsync(Post("/api/v1/code-sets/carc", Text(""), AdminToken()))).AssertProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Upload_OversizedBodyIsRefused()
    {
        var client = CreateClient(new Dictionary<string, string?> { ["Mesh:Limits:MaxUploadBytes"] = "4096" });

        var response = await client.SendAsync(Post("/api/v1/code-sets/icd10cm", Text(string.Concat(Enumerable.Repeat(OrderFile, 100))), AdminToken()));

        await response.AssertProblemAsync(HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task UnknownSetAndBadQueries_AreProblems()
    {
        var client = CreateClient();

        await (await client.SendAsync(Get("/api/v1/codes/cpt?q=99213", DoctorToken()))).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await client.SendAsync(Post("/api/v1/code-sets/cpt", Text("x"), AdminToken()))).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await client.SendAsync(Get("/api/v1/codes/icd10cm", DoctorToken()))).AssertProblemAsync(HttpStatusCode.BadRequest);
        await (await client.SendAsync(Get($"/api/v1/codes/icd10cm?q={new string('a', 101)}", DoctorToken()))).AssertProblemAsync(HttpStatusCode.BadRequest);
        await (await client.SendAsync(Get("/api/v1/codes/icd10cm?q=E11&limit=0", DoctorToken()))).AssertProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Search_WithHostileQueryAnswersNothingHarmful()
    {
        var client = CreateClient();

        var response = await client.SendAsync(Get("/api/v1/codes/icd10cm?q=%3Cscript%3E%27%20OR%201%3D1--", DoctorToken()));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("codes").EnumerateArray());
    }

    [Fact]
    public async Task Settings_LoadTheConfiguredFileAtStart()
    {
        var path = Path.Combine(Folder.Path, "carc.csv");
        await File.WriteAllTextAsync(path, "code,description\n45,Configured meaning of 45\n");
        var client = CreateClient(new Dictionary<string, string?> { ["Mesh:CodeSets:CarcPath"] = path });

        // The loader runs once the host has started: poll, bounded, until it has.
        var body = "";
        for (var attempt = 0; attempt < 200 && !body.Contains("Configured meaning", StringComparison.Ordinal); attempt++)
        {
            await Task.Delay(attempt == 0 ? 0 : 100);
            body = await (await client.SendAsync(Get("/api/v1/codes/carc?q=45", DoctorToken()))).Content.ReadAsStringAsync();
        }

        Assert.Contains("Configured meaning of 45", body, StringComparison.Ordinal);
        Assert.Contains("Mesh:CodeSets:CarcPath", body, StringComparison.Ordinal);
    }

    [Fact]
    public void Settings_AMissingFileFailsTheStartNamingTheSetting()
    {
        var error = Assert.ThrowsAny<Exception>(() => CreateClient(new Dictionary<string, string?> { ["Mesh:CodeSets:Icd10CmPath"] = "/nonexistent/icd10cm_order.txt" }));

        Assert.Contains("Mesh:CodeSets:Icd10CmPath", error.ToString(), StringComparison.Ordinal);
    }
}
