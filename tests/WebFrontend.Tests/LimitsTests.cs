using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Mesh.WebFrontend.Tests.Infrastructure;

namespace Mesh.WebFrontend.Tests;

public sealed class LimitsTests(SharedWebHost host) : WebTestBase(host), IClassFixture<SharedWebHost>
{
    private const string Notes = "/api/v1/test/notes";
    private const string Uploads = "/api/v1/test/uploads";

    private static readonly Dictionary<string, string?> SmallLimits = new()
    {
        ["Mesh:Limits:MaxJsonBodyBytes"] = "1024",
        ["Mesh:Limits:MaxUploadBytes"] = "4096",
    };

    [Fact]
    public async Task OversizedJson_WithContentLength_Is413()
    {
        var client = CreateClient();
        var body = $"{{\"text\":\"{new string('a', 1024 * 1024 + 10)}\",\"priority\":1}}";

        var response = await client.SendAsync(Post(Notes, Json(body), DoctorToken()));

        await response.AssertProblemAsync(HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task OversizedJson_WithoutContentLength_Is413()
    {
        var client = CreateClient();
        var body = $"{{\"text\":\"{new string('a', 1024 * 1024 + 10)}\",\"priority\":1}}";
        var content = new StreamContent(new UnknownLengthStream(Encoding.UTF8.GetBytes(body)));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");

        var response = await client.SendAsync(Post(Notes, content, DoctorToken()));

        Assert.Null(content.Headers.ContentLength);
        await response.AssertProblemAsync(HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task UploadRoute_TakesMoreThanJsonLimitUpToUploadLimit()
    {
        var client = CreateClient(SmallLimits);

        var fits = await client.SendAsync(Post(Uploads, new ByteArrayContent(new byte[4096]), DoctorToken()));
        var tooBig = await client.SendAsync(Post(Uploads, new StreamContent(new UnknownLengthStream(new byte[4097])), DoctorToken()));

        Assert.Equal(HttpStatusCode.OK, fits.StatusCode);
        await tooBig.AssertProblemAsync(HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task JsonRouteWithOtherContentType_Is415()
    {
        var client = CreateClient();

        var response = await client.SendAsync(Post(Notes, new StringContent("text=x", Encoding.UTF8, "text/plain"), DoctorToken()));

        await response.AssertProblemAsync(HttpStatusCode.UnsupportedMediaType);
    }

    [Fact]
    public async Task UnknownJsonField_Is400NamingTheField()
    {
        var client = CreateClient();

        var response = await client.SendAsync(Post(Notes, Json("{\"text\":\"x\",\"priority\":1,\"isAdmin\":true}"), DoctorToken()));

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("isAdmin", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain("TestNote", problem.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"text\":\"x\",")]
    [InlineData("not json")]
    [InlineData("{\"text\":\"x\",\"priority\":\"high\"}")]
    [InlineData("")]
    public async Task MalformedJson_Is400Problem(string body)
    {
        var client = CreateClient();

        var response = await client.SendAsync(Post(Notes, Json(body), DoctorToken()));

        await response.AssertProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task WrongFieldType_Is400NamingTheField()
    {
        var client = CreateClient();

        var response = await client.SendAsync(Post(Notes, Json("{\"text\":\"x\",\"priority\":\"high\"}"), DoctorToken()));

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("priority", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TooManyRequests_Is429WithRetryAfter()
    {
        var client = CreateClient(new Dictionary<string, string?> { ["Mesh:Limits:PermitsPerWindow"] = "3" });
        var token = DoctorToken();

        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage last = null!;
        for (var i = 0; i < 4; i++)
        {
            last = await client.SendAsync(Get("/api/v1/test/whoami", token));
            statuses.Add(last.StatusCode);
        }

        var otherUser = await client.SendAsync(Get("/api/v1/test/whoami", DoctorToken(userId: "dr-other")));

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
        await last.AssertProblemAsync(HttpStatusCode.TooManyRequests);
        Assert.InRange(last.Headers.RetryAfter!.Delta!.Value.TotalSeconds, 1, 60);
        Assert.Equal(HttpStatusCode.OK, otherUser.StatusCode);
    }

    [Fact]
    public async Task HealthEndpoints_AreNotRateLimited()
    {
        var client = CreateClient(new Dictionary<string, string?> { ["Mesh:Limits:PermitsPerWindow"] = "1" });

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            statuses.Add((await client.GetAsync("/health/live")).StatusCode);
        }

        Assert.All(statuses, status => Assert.Equal(HttpStatusCode.OK, status));
    }

    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");

    /// <summary>A body whose length is unknown up front, so it is sent without Content-Length.</summary>
    private sealed class UnknownLengthStream(byte[] data) : MemoryStream(data)
    {
        public override bool CanSeek => false;
    }
}
