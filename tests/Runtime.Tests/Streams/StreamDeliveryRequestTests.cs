using Mesh.Runtime.Invocation;
using Mesh.Runtime.Streams.Delivery;

namespace Mesh.Runtime.Tests.Streams;

/// <summary>A silo or gateway must read a delivery of an event type its own code never touched.</summary>
public sealed class StreamDeliveryRequestTests
{
    [Fact]
    public void DeliveryOfAnEventTypeNotUsedBefore_IsBuiltFromItsKey()
    {
        StreamDeliveryRequests.RegisterResolver();
        var key = StreamDeliveryRequests.KeyFor(typeof(NeverDeliveredEvent));

        var request = GrainRequestRegistry.Create(key);

        Assert.IsType<StreamDeliveryRequest<NeverDeliveredEvent>>(request);
        Assert.Equal(key, request.RequestKey);
    }

    [Fact]
    public void DeliveryOfATypeThatCannotBeLoaded_FailsNamingTheKey()
    {
        StreamDeliveryRequests.RegisterResolver();

        var error = Assert.Throws<InvalidOperationException>(() => GrainRequestRegistry.Create("mesh.streams.deliver:No.Such.Type, NoSuchAssembly"));

        Assert.Contains("No.Such.Type", error.Message, StringComparison.Ordinal);
    }

    /// <summary>Used by this test only, so nothing registered its delivery earlier.</summary>
    public sealed record NeverDeliveredEvent(string Text);
}
