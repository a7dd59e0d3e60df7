using Mesh.Benchmarks.Claims;
using Mesh.Benchmarks.Denials;
using Mesh.Benchmarks.Agents;
using Mesh.Benchmarks.Failover;
using Mesh.Benchmarks.Fhir;
using Mesh.Benchmarks.GrainCalls;
using Mesh.Benchmarks.Live;
using Mesh.Benchmarks.RemoteCalls;
using Mesh.Benchmarks.Scribe;
using Mesh.Benchmarks.StateWrites;
using Mesh.Benchmarks.X12;

// One benchmark per run, chosen by name; each prints one line of figures.
var benchmarks = new Dictionary<string, Func<string[], Task>>(StringComparer.OrdinalIgnoreCase)
{
    ["grain-calls"] = GrainCallsBenchmark.RunAsync,
    ["remote-calls"] = RemoteCallsBenchmark.RunAsync,
    ["state-writes"] = StateWritesBenchmark.RunAsync,
    ["scribe"] = ScribeBenchmark.RunAsync,
    ["live"] = LiveBenchmark.RunAsync,
    ["failover"] = FailoverBenchmark.RunAsync,
    ["x12-read"] = X12ReadBenchmark.RunAsync,
    ["fhir-import"] = FhirImportBenchmark.RunAsync,
    ["x12-import"] = X12ImportBenchmark.RunAsync,
    ["denials"] = DenialsBenchmark.RunAsync,
    ["chat"] = ChatBenchmark.RunAsync,
};

if (args.Length == 0 || !benchmarks.TryGetValue(args[0], out var run))
{
    Console.Error.WriteLine($"usage: dotnet run -c Release --project tests/Benchmarks -- <{string.Join("|", benchmarks.Keys)}>");
    return 2;
}

await run(args[1..]);
return 0;
