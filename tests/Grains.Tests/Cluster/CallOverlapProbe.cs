using Orleans;

namespace Mesh.Grains.Tests.Cluster;

/// <summary>
/// A silo call filter that watches the calls into one grain interface: which of its methods were running when a call
/// came in, and how many calls of a method ran at once. Filters run inside the grain's turn, so a call that has to wait
/// for the turn enters only after the running ones have left.
/// </summary>
internal sealed class CallOverlapProbe(Type grainInterface) : IIncomingGrainCallFilter
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, int> _running = [];
    private readonly Dictionary<string, int> _mostAtOnce = [];
    private readonly List<(string Method, string[] Running)> _entries = [];

    /// <summary>The most calls of <paramref name="method"/> that ran at the same time.</summary>
    public int MostAtOnce(string method)
    {
        lock (_lock)
        {
            return _mostAtOnce.GetValueOrDefault(method);
        }
    }

    /// <summary>The methods that were running when <paramref name="method"/> last came in.</summary>
    public string[] RunningWhenLastEntered(string method)
    {
        lock (_lock)
        {
            return _entries.Last(e => e.Method == method).Running;
        }
    }

    public async Task Invoke(IIncomingGrainCallContext context)
    {
        if (context.InterfaceMethod?.DeclaringType != grainInterface)
        {
            await context.Invoke();
            return;
        }

        var method = context.InterfaceMethod.Name;
        lock (_lock)
        {
            _entries.Add((method, [.. _running.Where(r => r.Value > 0).Select(r => r.Key)]));
            var now = _running[method] = _running.GetValueOrDefault(method) + 1;
            _mostAtOnce[method] = Math.Max(now, _mostAtOnce.GetValueOrDefault(method));
        }

        try
        {
            await context.Invoke();
        }
        finally
        {
            lock (_lock)
            {
                _running[method]--;
            }
        }
    }
}
