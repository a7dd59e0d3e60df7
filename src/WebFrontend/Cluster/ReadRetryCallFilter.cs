using System.Collections.Concurrent;
using System.Reflection;
using Orleans.Concurrency;

namespace Mesh.WebFrontend.Cluster;

/// <summary>
/// Sends a read (a grain method marked <see cref="ReadOnlyAttribute"/>) again when it failed because its silo went away:
/// a read changes nothing, so a second try is safe, and the grain is reactivated on a living silo meanwhile. Writes are
/// not retried here; they fail to the caller (503) unless they carry their own idempotence, as audio chunks do.
/// </summary>
internal sealed class ReadRetryCallFilter(TimeProvider time) : IOutgoingGrainCallFilter
{
    private const int MaxAttempts = 6;
    private static readonly TimeSpan FirstPause = TimeSpan.FromMilliseconds(250);

    // Every grain call of the WebFrontend passes here: look each method's attribute up once, not on every call.
    private static readonly ConcurrentDictionary<MethodInfo, bool> ReadOnlyMethods = new();

    public async Task Invoke(IOutgoingGrainCallContext context)
    {
        var retriable = context.InterfaceMethod is { } method
            && ReadOnlyMethods.GetOrAdd(method, static m => m.GetCustomAttribute<ReadOnlyAttribute>() is not null);
        var pause = FirstPause;
        for (var attempt = 1; ; attempt++)
        {
            Exception? failure;
            try
            {
                await context.Invoke();
                failure = context.Response?.Exception;
            }
            catch (Exception thrown) when (retriable && attempt < MaxAttempts && ClusterFailures.IsTransient(thrown))
            {
                failure = thrown;
            }

            if (failure is null || !retriable || attempt >= MaxAttempts || !ClusterFailures.IsTransient(failure))
            {
                return;
            }

            await Task.Delay(pause, time);
            pause *= 2;
        }
    }
}
