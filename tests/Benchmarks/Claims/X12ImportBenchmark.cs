using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Mesh.Benchmarks.Scribe;
using Mesh.TestSupport;
using Mesh.TestSupport.Claims;

namespace Mesh.Benchmarks.Claims;

/// <summary>
/// One 10,000-claim 837 and the 835 that answers it, through the HTTP API of a local-mode Mesh on SQLite: claims per
/// second from the POST until its background batch completes, payments per second for the 835's POST.
/// Prints: x12-import: claims_per_s=… payments_per_s=… claims=10000
/// </summary>
internal static class X12ImportBenchmark
{
    private const int Claims = 10_000;

    public static async Task RunAsync(string[] args)
    {
        var files = SyntheticX12.Generate(Claims);
        using var folder = new TempDirectory("mesh-bench-");
        await using var web = await WebFrontendProcess.StartAsync(folder.Path);
        using var http = new HttpClient { BaseAddress = web.BaseAddress, Timeout = TimeSpan.FromMinutes(10) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await TokenAsync(http));

        var cpuAtStart = web.ProcessorTime;
        var claims = Stopwatch.StartNew();
        using var posted = await http.PostAsync("/api/v1/claims/x12", X12(files.Claims));
        if (posted.StatusCode != HttpStatusCode.Accepted)
        {
            throw new InvalidOperationException($"The 837 was answered {(int)posted.StatusCode}: {await posted.Content.ReadAsStringAsync()}");
        }

        var batchId = (await posted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("batchId").GetString();
        var accepted = await WaitForBatchAsync(http, batchId!);
        claims.Stop();
        var cpuAfterClaims = web.ProcessorTime;

        var payments = Stopwatch.StartNew();
        using var remitted = await http.PostAsync("/api/v1/remittances/x12", X12(files.Remittance));
        var remittance = await remitted.Content.ReadFromJsonAsync<JsonElement>();
        payments.Stop();
        var cpuAfterPayments = web.ProcessorTime;
        remitted.EnsureSuccessStatusCode();
        var matched = remittance.GetProperty("payments").GetArrayLength();
        if (accepted != Claims || matched != Claims)
        {
            throw new InvalidOperationException($"{accepted} claims accepted and {matched} payments matched of {Claims}.");
        }

        // The machine is shared: the server's own CPU time says what the import costs, whatever else runs beside it.
        Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"server cpu: claims {(cpuAfterClaims - cpuAtStart).TotalSeconds:F1} s ({Claims / (cpuAfterClaims - cpuAtStart).TotalSeconds:F0} claims per cpu-second), " +
            $"payments {(cpuAfterPayments - cpuAfterClaims).TotalSeconds:F1} s ({matched / (cpuAfterPayments - cpuAfterClaims).TotalSeconds:F0} payments per cpu-second); load {File.ReadAllText("/proc/loadavg").Split(' ')[0]}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"x12-import: claims_per_s={Claims / claims.Elapsed.TotalSeconds:F0} payments_per_s={matched / payments.Elapsed.TotalSeconds:F0} claims={Claims}"));
    }

    private static async Task<int> WaitForBatchAsync(HttpClient http, string batchId)
    {
        var limit = Stopwatch.StartNew();
        while (limit.Elapsed < TimeSpan.FromMinutes(10))
        {
            var batch = await http.GetFromJsonAsync<JsonElement>($"/api/v1/claims/batches/{batchId}");
            if (batch.GetProperty("status").GetString() == "completed")
            {
                return batch.GetProperty("accepted").GetInt32();
            }

            await Task.Delay(50);
        }

        throw new TimeoutException($"Batch {batchId} did not complete in 10 minutes.");
    }

    private static StringContent X12(string text) => new(text, new MediaTypeHeaderValue("application/edi-x12"));

    private static async Task<string> TokenAsync(HttpClient http)
    {
        var response = await http.PostAsJsonAsync("/api/v1/dev/token", new { tenant = "bench", userId = "biller-bench", roles = new[] { "billing" } });
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("token").GetString()!;
    }
}
