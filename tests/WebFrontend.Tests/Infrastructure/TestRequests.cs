using System.Net.Http.Headers;

namespace Mesh.WebFrontend.Tests.Infrastructure;

/// <summary>Requests with an optional bearer token, for tests that do not derive from <see cref="WebTestBase"/> too.</summary>
public static class TestRequests
{
    public static HttpRequestMessage Get(string url, string? token = null) => WithToken(new HttpRequestMessage(HttpMethod.Get, url), token);

    public static HttpRequestMessage Post(string url, HttpContent content, string? token = null) =>
        WithToken(new HttpRequestMessage(HttpMethod.Post, url) { Content = content }, token);

    private static HttpRequestMessage WithToken(HttpRequestMessage request, string? token)
    {
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return request;
    }
}
