using Microsoft.AspNetCore.Builder;
using Orleans.Runtime;

namespace Mesh.Grains.Hosting.Operations;

/// <summary>
/// Runs a Mesh process until it is stopped. A stop (SIGTERM from a rolling restart or a scale-down) may come while the
/// process is still starting; the host then cancels its start, which is a clean stop and exits 0, not a crash.
/// </summary>
public static class StoppableRun
{
    /// <summary>Runs <paramref name="app"/>; returns 0 when it stopped, also when it was stopped while starting.</summary>
    public static async Task<int> RunUntilStoppedAsync(this WebApplication app, string processName)
    {
        ArgumentNullException.ThrowIfNull(app);

        // Taken before running: once the host has stopped, its services can no longer be asked for.
        var stopping = app.Lifetime.ApplicationStopping;
        try
        {
            await app.RunAsync().ConfigureAwait(false);
        }
        catch (Exception error) when (stopping.IsCancellationRequested && IsCancelledStart(error))
        {
            Console.WriteLine($"{processName} was stopped while it was starting.");
        }

        return 0;
    }

    /// <summary>
    /// Whether a start failed only because it was cancelled: a hosted service's cancelled token, or the silo's
    /// lifecycle refusing its next stage (Orleans' own exception, not an OperationCanceledException), alone or together.
    /// </summary>
    private static bool IsCancelledStart(Exception error) => error switch
    {
        OperationCanceledException or OrleansLifecycleCanceledException => true,
        AggregateException all => all.InnerExceptions.Count > 0 && all.InnerExceptions.All(IsCancelledStart),
        _ => false,
    };
}
