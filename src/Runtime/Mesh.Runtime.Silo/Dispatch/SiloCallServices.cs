using Mesh.Runtime.Diagnostics;
using Mesh.Runtime.Invocation;
using Mesh.Runtime.Serialization;
using Microsoft.Extensions.Logging;

namespace Mesh.Runtime.Dispatch;

/// <summary>What every call in flight needs, gathered once so a call holds one reference.</summary>
internal sealed class SiloCallServices(TimeProvider time, ResponseTracker responses, IDeepCopier copier, RuntimeInstruments instruments, ILoggerFactory loggers)
{
    public TimeProvider Time { get; } = time;

    public ResponseTracker Responses { get; } = responses;

    public IDeepCopier Copier { get; } = copier;

    public RuntimeInstruments Instruments { get; } = instruments;

    public ILogger Logger { get; } = loggers.CreateLogger("Mesh.Runtime.Dispatch");
}
