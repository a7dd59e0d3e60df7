using Mesh.Runtime.Messaging;

namespace Mesh.Runtime.Tests.Messaging;

public sealed class RemoteErrorTests
{
    [Fact]
    public void LoadableException_IsRebuiltAsItsOwnType()
    {
        var error = new RemoteError(typeof(InconsistentStateException).AssemblyQualifiedName!, "stale etag").ToException();

        Assert.IsType<InconsistentStateException>(error);
        Assert.Equal("stale etag", error.Message);
    }

    [Fact]
    public void UnknownException_BecomesRemoteGrainExceptionNamingTheType()
    {
        var error = Assert.IsType<RemoteGrainException>(new RemoteError("Clinic.Billing.ClaimRejectedException, Clinic.Billing", "denied").ToException());

        Assert.Equal("Clinic.Billing.ClaimRejectedException", error.OriginalType);
        Assert.Equal("denied", error.Message);
    }
}
