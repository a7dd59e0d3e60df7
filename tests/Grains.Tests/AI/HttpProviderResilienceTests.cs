using System.Net;
using System.Net.Sockets;
using Mesh.Grains.AI;
using Mesh.Grains.Tests.Fakes;
using Microsoft.Extensions.DependencyInjection;

namespace Mesh.Grains.Tests.AI;

/// <summary>
/// The same faults against every capability's client: each must retry (honouring Retry-After, up to its cap), give up,
/// time out, break the circuit and report alike. Attempts time out after minutes unless a test says otherwise, so only
/// the retry waits run on the instant clock.
/// </summary>
[Collection(FakeOpenAiCollection.Name)]
public sealed class HttpProviderResilienceTests : FakeOpenAiTest
{
    private const double MinutesTimeout = 300;

    private readonly InstantDelayTimeProvider _time = new();

    public HttpProviderResilienceTests(FakeOpenAiServer server)
        : base(server)
    {
        Server.Responses.ChatContent = _ => """{"translation":"Hol fáj?","medications":[]}""";
    }

    [Theory]
    [MemberData(nameof(HttpProviderCase.Names), MemberType = typeof(HttpProviderCase))]
    public async Task Call_Success_SendsBearerKey(string provider)
    {
        await Call(provider)();

        Assert.All(Server.Requests, request => Assert.Equal($"Bearer {FakeAi.ApiKey}", request.Authorization));
        Assert.Single(Server.Requests);
    }

    [Theory]
    [MemberData(nameof(HttpProviderCase.Names), MemberType = typeof(HttpProviderCase))]
    public async Task Call_TooManyRequests_WaitsRetryAfterThenSucceeds(string provider)
    {
        Server.FailNext(new FakeFault(FakeFaultKind.TooManyRequests, RetryAfter: "7"));

        await Call(provider)();

        Assert.Equal(2, Server.Requests.Count);
        Assert.Equal([TimeSpan.FromSeconds(7)], _time.Delays);
    }

    [Theory]
    [MemberData(nameof(HttpProviderCase.Names), MemberType = typeof(HttpProviderCase))]
    public async Task Call_RetryAfterBeyondCap_WaitsOnlyTheCap(string provider)
    {
        Server.FailNext(new FakeFault(FakeFaultKind.TooManyRequests, RetryAfter: "3600"));

        await Call(provider)();

        Assert.Equal([TimeSpan.FromSeconds(20)], _time.Delays);
    }

    [Theory]
    [MemberData(nameof(HttpProviderCase.Names), MemberType = typeof(HttpProviderCase))]
    public async Task Call_TransientServerError_RetriesWithBackoffAndSucceeds(string provider)
    {
        Server.FailNext(new FakeFault(FakeFaultKind.ServerError), times: 2);

        await Call(provider)();

        Assert.Equal(3, Server.Requests.Count);
        Assert.Equal([TimeSpan.FromMilliseconds(500), TimeSpan.FromSeconds(1)], _time.Delays);
    }

    [Theory]
    [MemberData(nameof(HttpProviderCase.Names), MemberType = typeof(HttpProviderCase))]
    public async Task Call_PersistentServerError_GivesUpAfterTwoRetries(string provider)
    {
        Server.FailNext(new FakeFault(FakeFaultKind.ServerError), times: 3);

        var error = await Assert.ThrowsAsync<ProviderResponseException>(Call(provider));

        Assert.Equal(500, error.StatusCode);
        Assert.Equal(3, Server.Requests.Count);
        Assert.Contains(provider, error.Message);
    }

    [Theory]
    [MemberData(nameof(HttpProviderCase.Names), MemberType = typeof(HttpProviderCase))]
    public async Task Call_MalformedBody_ThrowsProviderResponseException(string provider)
    {
        Server.FailNext(new FakeFault(FakeFaultKind.MalformedJson));

        var error = await Assert.ThrowsAsync<ProviderResponseException>(Call(provider));

        Assert.Single(Server.Requests);
        Assert.Null(error.StatusCode);
    }

    [Theory]
    [MemberData(nameof(HttpProviderCase.Names), MemberType = typeof(HttpProviderCase))]
    public async Task Call_ServerHangs_ThrowsProviderTimeoutNamingTheSetting(string provider)
    {
        Server.FailNext(new FakeFault(FakeFaultKind.Hang));

        var error = await Assert.ThrowsAsync<ProviderTimeoutException>(Call(provider, timeoutSeconds: 0.3));

        Assert.Contains($"Mesh:AI:{provider}:TimeoutSeconds", error.Message);
    }

    [Theory]
    [MemberData(nameof(HttpProviderCase.Names), MemberType = typeof(HttpProviderCase))]
    public async Task Call_ServerUnreachable_RetriesThenReportsTheEndpoint(string provider)
    {
        var closed = $"http://127.0.0.1:{ClosedPort()}/v1";

        var error = await Assert.ThrowsAsync<ProviderResponseException>(Call(provider, baseUrl: closed));

        Assert.Contains("could not reach", error.Message);
        Assert.Contains(closed, error.Message);
        Assert.Equal(2, _time.Delays.Count);
    }

    [Fact]
    public async Task Call_ServerKeepsFailing_OpensTheCircuitSoLaterCallsFailWithoutReachingIt()
    {
        Server.FailNext(new FakeFault(FakeFaultKind.ServerError), times: 100);
        var call = Call(AiCapabilities.Chat);
        var opened = false;
        for (var attempt = 0; attempt < 10 && !opened; attempt++)
        {
            opened = (await Assert.ThrowsAsync<ProviderResponseException>(call)).StatusCode is null;
        }

        var sent = Server.Requests.Count;
        var error = await Assert.ThrowsAsync<ProviderResponseException>(call);

        Assert.True(opened);
        Assert.Contains("held back", error.Message);
        Assert.Equal(sent, Server.Requests.Count);
    }

    private Func<Task> Call(string provider, double timeoutSeconds = MinutesTimeout, string? baseUrl = null)
    {
        var container = Services(FakeAi.Settings(Server, timeoutSeconds, baseUrl: baseUrl), _time);
        return HttpProviderCase.Named(provider).Call(container);
    }

    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
