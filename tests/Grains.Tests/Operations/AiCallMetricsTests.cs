using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using Mesh.Grains.AI;
using Mesh.Grains.Telemetry;
using Mesh.Grains.Tests.AI;
using Mesh.Grains.Tests.Fakes;

namespace Mesh.Grains.Tests.Operations;

/// <summary>mesh.ai.calls counts each call to an AI provider once, with its retries, by endpoint host, capability and outcome.</summary>
[Collection(FakeOpenAiCollection.Name)]
public sealed class AiCallMetricsTests : FakeOpenAiTest, IDisposable
{
    private readonly MeterListener _listener = new();
    private readonly ConcurrentQueue<(long Count, Dictionary<string, object?> Tags)> _calls = new();
    private readonly InstantDelayTimeProvider _time = new();

    public AiCallMetricsTests(FakeOpenAiServer server)
        : base(server)
    {
        Server.Responses.ChatContent = _ => """{"translation":"Hol fáj?","medications":[]}""";
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == MeshMetrics.Name && instrument.Name == "mesh.ai.calls")
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<long>((_, value, tags, _) =>
            _calls.Enqueue((value, tags.ToArray().ToDictionary(t => t.Key, t => t.Value))));
        _listener.Start();
    }

    [Theory]
    [MemberData(nameof(HttpProviderCase.Names), MemberType = typeof(HttpProviderCase))]
    public async Task A_call_that_succeeds_is_counted_once_as_ok_for_its_provider_and_capability(string capability)
    {
        var services = Services(FakeAi.Settings(Server), _time);

        await HttpProviderCase.Named(capability).Call(services)();

        var call = Assert.Single(CallsTo(capability));
        Assert.Equal(1, call.Count);
        Assert.Equal("ok", call.Tags["outcome"]);
    }

    [Fact]
    public async Task A_call_that_fails_after_its_retries_is_counted_once_as_an_error()
    {
        Server.FailNext(new FakeFault(FakeFaultKind.ServerError), times: 3);
        var services = Services(FakeAi.Settings(Server, maxRetries: 2), _time);

        await Assert.ThrowsAnyAsync<Exception>(HttpProviderCase.Chat.Call(services));

        Assert.Equal(3, Server.Requests.Count);
        var call = Assert.Single(CallsTo(AiCapabilities.Chat));
        Assert.Equal("error", call.Tags["outcome"]);
    }

    public new void Dispose()
    {
        _listener.Dispose();
        base.Dispose();
    }

    private List<(long Count, Dictionary<string, object?> Tags)> CallsTo(string capability)
    {
        var provider = new Uri(Server.BaseUrl).Authority;
        return [.. _calls.Where(c => Equals(c.Tags["provider"], provider) && Equals(c.Tags["capability"], capability))];
    }
}
