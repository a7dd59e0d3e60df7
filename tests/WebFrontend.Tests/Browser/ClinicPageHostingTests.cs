using System.Net;
using Mesh.WebFrontend.Tests.Infrastructure;

namespace Mesh.WebFrontend.Tests.Browser;

/// <summary>How the clinic page is served: anonymously, with the same hardening headers, without taking over /api.</summary>
public sealed class ClinicPageHostingTests(SharedWebHost host) : WebTestBase(host), IClassFixture<SharedWebHost>
{
    [Fact]
    public async Task Root_ServesIndexPageAnonymouslyWithStrictPolicy()
    {
        var client = CreateClient();

        var response = await client.GetAsync("/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<script type=\"module\" src=\"js/app.js\"></script>", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("script-src 'self';", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe", csp, StringComparison.Ordinal);
        Assert.Equal("no-cache", response.Headers.CacheControl?.ToString());
    }

    [Theory]
    [InlineData("/js/app.js")]
    [InlineData("/js/live/pcm16-worklet.js")]
    [InlineData("/lib/signalr/signalr.min.js")]
    public async Task PageScripts_AreServedAsJavaScript(string path)
    {
        var client = CreateClient();

        var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/javascript", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("/api/index.html")]
    [InlineData("/api/v1/")]
    [InlineData("/missing.js")]
    public async Task UnknownPath_StaysA404Problem(string path)
    {
        var client = CreateClient();

        var response = await client.GetAsync(path);

        await response.AssertProblemAsync(HttpStatusCode.NotFound);
    }
}
