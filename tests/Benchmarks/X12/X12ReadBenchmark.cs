using System.Diagnostics;
using System.Globalization;
using Mesh.Grains.Claims.X12;
using Mesh.TestSupport.Claims;

namespace Mesh.Benchmarks.X12;

/// <summary>
/// The X12 readers alone, in one thread, on the synthetic 10,000-claim 837P and its 835 (the import through the API
/// and grains is the x12-import benchmark): the best of five reads after a warm-up, checking every claim was accepted.
/// Prints: x12-read: claims_per_s=… payments_per_s=… claims=…
/// </summary>
internal static class X12ReadBenchmark
{
    private const int Rounds = 5;

    public static Task RunAsync(string[] args)
    {
        var count = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 10_000;
        var files = SyntheticX12.Generate(count);
        var receivedAt = DateTimeOffset.UtcNow;
        var claims = Best(() =>
        {
            var file = ClaimFileReader.Read(files.Claims, receivedAt, null);
            return file.Claims.Count(c => c.Accepted);
        }, count);
        var payments = Best(() =>
        {
            var file = RemittanceFileReader.Read(files.Remittance, receivedAt, null);
            return file.Payments.Count(p => p.Errors.Count == 0);
        }, count);
        Console.WriteLine(FormattableString.Invariant($"x12-read: claims_per_s={claims:0} payments_per_s={payments:0} claims={count}"));
        return Task.CompletedTask;
    }

    private static double Best(Func<int> read, int expected)
    {
        var best = double.MaxValue;
        for (var round = 0; round <= Rounds; round++)
        {
            var watch = Stopwatch.StartNew();
            var clean = read();
            var seconds = watch.Elapsed.TotalSeconds;
            if (clean != expected)
            {
                throw new InvalidOperationException($"{clean} of {expected} read clean: the synthetic files should all pass.");
            }

            // Round 0 warms the JIT up.
            best = round == 0 ? best : Math.Min(best, seconds);
        }

        return expected / best;
    }
}
