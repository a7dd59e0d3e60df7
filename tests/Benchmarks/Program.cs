using Mesh.Benchmarks.Live;
using Mesh.Benchmarks.LocalCalls;
using Mesh.Benchmarks.RemoteCalls;
using Mesh.Benchmarks.Scribe;
using Mesh.Benchmarks.StateWrites;
using Mesh.Benchmarks.StreamEvents;

// One benchmark per run, chosen by name; each prints one line of figures.
var benchmarks = new Dictionary<string, Func<string[], Task>>(StringComparer.OrdinalIgnoreCase)
{
    ["local-calls"] = LocalCallsBenchmark.RunAsync,
    ["state-writes"] = StateWritesBenchmark.RunAsync,
    ["scribe"] = ScribeBenchmark.RunAsync,
    ["stream-events"] = StreamEventsBenchmark.RunAsync,
    ["remote-calls"] = RemoteCallsBenchmark.RunAsync,
    ["live"] = LiveBenchmark.RunAsync,
};

if (args.Length == 0 || !benchmarks.TryGetValue(args[0], out var run))
{
    Console.Error.WriteLine($"usage: dotnet run -c Release --project tests/Benchmarks -- <{string.Join("|", benchmarks.Keys)}>");
    return 2;
}

await run(args[1..]);
return 0;
