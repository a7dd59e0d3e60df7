using Mesh.Runtime.Activation;
using Mesh.Runtime.Catalog;
using Mesh.Runtime.Hosting;
using Microsoft.Extensions.Options;

namespace Mesh.Runtime.Dispatch;

/// <summary>
/// Enforces the response timeout of calls inside the silo with one periodic sweep over the activations, instead of
/// a timer or a registry entry per call. Time comes from the injected <see cref="TimeProvider"/>, so tests advance it
/// without sleeping.
/// </summary>
internal sealed class CallTimeoutSweeper(GrainActivationCatalog catalog, TimeProvider time, IOptions<SiloOptions> options) : IDisposable
{
    private ITimer? _timer;

    public void Start()
    {
        // A tenth of the timeout keeps the lateness of a timeout small without sweeping too often.
        var timeout = options.Value.ResponseTimeout;
        var period = TimeSpan.FromTicks(Math.Clamp(timeout.Ticks / 10, TimeSpan.FromMilliseconds(10).Ticks, TimeSpan.FromSeconds(1).Ticks));
        _timer = time.CreateTimer(static state => ((CallTimeoutSweeper)state!).Sweep(), this, period, period);
    }

    public void Sweep()
    {
        var now = time.GetTimestamp();
        var expired = new List<IncomingCall>();
        foreach (var activation in catalog.Activations)
        {
            activation.CollectExpiredCalls(now, expired);
        }

        foreach (var call in expired)
        {
            call.TimeOut();
        }
    }

    public void Dispose() => _timer?.Dispose();
}
