using Mesh.Grains.AI;
using Mesh.Grains.Tests.Fakes;

namespace Mesh.Grains.Tests.AI;

/// <summary>The same faults against every HTTP provider: each must retry, give up, time out and report alike.</summary>
public sealed class HttpProviderResilienceTests : IAsyncLifetime
{
    private readonly HttpClient _http = new() { Timeout = Timeout.InfiniteTimeSpan };
    private readonly InstantDelayTimeProvider _time = new();
    private FakeOpenAiServer _server = null!;

    public async Task InitializeAsync()
    {
        _server = await FakeOpenAiServer.StartAsync();
        _server.Responses.ChatContent = _ => """{"translation":"Hol fáj?"}""";
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _server.DisposeAsync();
    }

    [Theory]
    [MemberData(nameof(HttpProviderCase.Names), MemberType = typeof(HttpProviderCase))]
    public async Task Call_Success_SendsBearerKey(string provider)
    {
        await Call(provider)();

        Assert.All(_server.Requests, request => Assert.Equal($"Bearer {FakeAi.ApiKey}", request.Authorization));
        Assert.Single(_server.Requests);
    }

    [Theory]
    [MemberData(nameof(HttpProviderCase.Names), MemberType = typeof(HttpProviderCase))]
    public async Task Call_TooManyRequests_WaitsRetryAfterThenSucceeds(string provider)
    {
        _server.FailNext(new FakeFault(FakeFaultKind.TooManyRequests, RetryAfter: "7"));

        await Call(provider)();

        Assert.Equal(2, _server.Requests.Count);
        Assert.Equal([TimeSpan.FromSeconds(7)], _time.Delays);
    }

    [Theory]
    [MemberData(nameof(HttpProviderCase.Names), MemberType = typeof(HttpProviderCase))]
    public async Task Call_RetryAfterBeyondCap_WaitsOnlyTheCap(string provider)
    {
        _server.FailNext(new FakeFault(FakeFaultKind.TooManyRequests, RetryAfter: "3600"));

        await Call(provider)();

        Assert.Equal([TimeSpan.FromSeconds(20)], _time.Delays);
    }

    [Theory]
    [MemberData(nameof(HttpProviderCase.Names), MemberType = typeof(HttpProviderCase))]
    public async Task Call_TransientServerError_RetriesWithBackoffAndSucceeds(string provider)
    {
        _server.FailNext(new FakeFault(FakeFaultKind.ServerError), times: 2);

        await Call(provider)();

        Assert.Equal(3, _server.Requests.Count);
        Assert.Equal([TimeSpan.FromMilliseconds(500), TimeSpan.FromSeconds(1)], _time.Delays);
    }

    [Theory]
    [MemberData(nameof(HttpProviderCase.Names), MemberType = typeof(HttpProviderCase))]
    public async Task Call_PersistentServerError_GivesUpAfterTwoRetries(string provider)
    {
        _server.FailNext(new FakeFault(FakeFaultKind.ServerError), times: 3);

        var error = await Assert.ThrowsAsync<ProviderResponseException>(Call(provider));

        Assert.Equal(500, error.StatusCode);
        Assert.Equal(3, _server.Requests.Count);
        Assert.Contains(provider, error.Message);
    }

    [Theory]
    [MemberData(nameof(HttpProviderCase.Names), MemberType = typeof(HttpProviderCase))]
    public async Task Call_MalformedBody_ThrowsProviderResponseException(string provider)
    {
        _server.FailNext(new FakeFault(FakeFaultKind.MalformedJson));

        var error = await Assert.ThrowsAsync<ProviderResponseException>(Call(provider));

        Assert.Single(_server.Requests);
        Assert.Null(error.StatusCode);
    }

    [Theory]
    [MemberData(nameof(HttpProviderCase.Names), MemberType = typeof(HttpProviderCase))]
    public async Task Call_ServerHangs_ThrowsProviderTimeoutNamingTheSetting(string provider)
    {
        _server.FailNext(new FakeFault(FakeFaultKind.Hang));

        var error = await Assert.ThrowsAsync<ProviderTimeoutException>(Call(provider, timeoutSeconds: 0.3));

        Assert.Contains($"Mesh:AI:{provider}:TimeoutSeconds", error.Message);
    }

    [Theory]
    [MemberData(nameof(HttpProviderCase.Names), MemberType = typeof(HttpProviderCase))]
    public async Task Call_ServerUnreachable_RetriesThenReportsTheEndpoint(string provider)
    {
        var closed = _server.BaseUrl;
        await _server.DisposeAsync();
        _server = await FakeOpenAiServer.StartAsync();
        var call = HttpProviderCase.Named(provider).Call(_http, new AiEndpointOptions { BaseUrl = closed, Model = "m" }, _time);

        var error = await Assert.ThrowsAsync<ProviderResponseException>(call);

        Assert.Contains("could not reach", error.Message);
        Assert.Equal(2, _time.Delays.Count);
    }

    private Func<Task> Call(string provider, double timeoutSeconds = 5) =>
        HttpProviderCase.Named(provider).Call(_http, FakeAi.Options(_server, timeoutSeconds: timeoutSeconds), _time);
}
