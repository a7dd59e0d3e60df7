using Mesh.Runtime.Diagnostics;
using Mesh.Runtime.Hosting;
using Mesh.Runtime.Serialization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Mesh.Runtime.Dispatch;

/// <summary>What every call in flight needs, gathered once so a call holds one reference.</summary>
internal sealed class SiloCallServices(TimeProvider time, IOptions<SiloOptions> options, IDeepCopier copier, RuntimeInstruments instruments, ILoggerFactory loggers)
{
    public TimeProvider Time { get; } = time;

    public TimeSpan ResponseTimeout { get; } = options.Value.ResponseTimeout;

    /// <summary>The response timeout in <see cref="Time"/>'s timestamp units, for cheap deadlines.</summary>
    public long ResponseTimeoutTicks { get; } = (long)(options.Value.ResponseTimeout.TotalSeconds * time.TimestampFrequency);

    public IDeepCopier Copier { get; } = copier;

    public RuntimeInstruments Instruments { get; } = instruments;

    public ILogger Logger { get; } = loggers.CreateLogger("Mesh.Runtime.Dispatch");
}
