using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Mesh.Grains.Reports;
using Mesh.Grains.Tests.Reports;
using Mesh.Grains.Tests.Scribe;
using Mesh.TestSupport;

namespace Mesh.Benchmarks.Scribe;

/// <summary>
/// Draft latency through the HTTP API with the offline providers for a long visit, and PDF renders per second.
/// Prints: scribe: draft_p50_ms=… draft_p95_ms=… pdf_per_s=… transcript_words=…
/// </summary>
internal static class ScribeBenchmark
{
    private const int TranscriptWords = 1500;
    private const int Warmup = 10;
    private const int Drafts = 100;

    public static async Task RunAsync(string[] args)
    {
        using var folder = new TempDirectory("mesh-bench-");
        await using var web = await WebFrontendProcess.StartAsync(folder.Path);
        using var http = new HttpClient { BaseAddress = web.BaseAddress };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await TokenAsync(http));
        var patientId = await CreatePatientAsync(http);
        var transcript = string.Join('\n', SampleVisits.LongVisit(TranscriptWords).Segments.Select(s => $"{s.Speaker}: {s.Text}"));

        for (var i = 0; i < Warmup; i++)
        {
            await DraftAsync(http, patientId, transcript);
        }

        var latencies = new List<double>();
        for (var i = 0; i < Drafts; i++)
        {
            latencies.Add(await DraftAsync(http, patientId, transcript));
        }

        latencies.Sort();
        var pdfPerSecond = await PdfRendersPerSecondAsync();
        var words = transcript.Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries).Length;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"scribe: draft_p50_ms={Percentile(latencies, 0.50):F1} draft_p95_ms={Percentile(latencies, 0.95):F1} pdf_per_s={pdfPerSecond:F0} transcript_words={words}"));
    }

    private static async Task<double> DraftAsync(HttpClient http, string patientId, string transcript)
    {
        using var form = new MultipartFormDataContent
        {
            { new StringContent(patientId), "patientId" },
            { new StringContent("dr-bench"), "doctorId" },
            { new StringContent("2026-11-20"), "date" },
            { new StringContent("en"), "language" },
            { new StringContent(transcript), "fallbackTranscript" },
        };
        var watch = Stopwatch.StartNew();
        using var response = await http.PostAsync("/api/v1/generate-draft", form);
        await response.Content.ReadAsByteArrayAsync();
        watch.Stop();
        response.EnsureSuccessStatusCode();
        return watch.Elapsed.TotalMilliseconds;
    }

    // Two renderers at once on the 2-core machine: each render is independent CPU work.
    private static async Task<double> PdfRendersPerSecondAsync()
    {
        var renderer = new ReportPdfRenderer();
        var report = SampleReports.TwoPages();
        renderer.Render(report);
        var watch = Stopwatch.StartNew();
        var counts = await Task.WhenAll(Enumerable.Range(0, Environment.ProcessorCount).Select(_ => Task.Run(() =>
        {
            var count = 0;
            while (watch.Elapsed < TimeSpan.FromSeconds(5))
            {
                renderer.Render(report);
                count++;
            }

            return count;
        })));
        return counts.Sum() / watch.Elapsed.TotalSeconds;
    }

    private static async Task<string> TokenAsync(HttpClient http)
    {
        var response = await http.PostAsJsonAsync("/api/v1/dev/token", new { tenant = "bench", userId = "dr-bench", roles = new[] { "doctor" } });
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("token").GetString()!;
    }

    private static async Task<string> CreatePatientAsync(HttpClient http)
    {
        var response = await http.PostAsJsonAsync("/api/v1/patients",
            new { givenName = "Bench", familyName = "Patient", birthDate = "1970-01-01", sex = "female", language = "en" });
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }

    private static double Percentile(List<double> sorted, double p) => sorted[(int)Math.Ceiling(p * sorted.Count) - 1];
}
