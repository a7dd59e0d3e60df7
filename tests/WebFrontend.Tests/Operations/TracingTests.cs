using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Mesh.Grains.Telemetry;
using Mesh.WebFrontend.Tests.Infrastructure;
using Mesh.WebFrontend.Tests.Patients;
using Mesh.WebFrontend.Tests.Scribe;
using Microsoft.AspNetCore.TestHost;
using OpenTelemetry.Trace;

namespace Mesh.WebFrontend.Tests.Operations;

/// <summary>One trace follows a REST call from ASP.NET Core through Orleans' grain calls to the draft Mesh composes.</summary>
public sealed class TracingTests : WebTestBase
{
    [Fact]
    public async Task A_draft_request_is_one_trace_from_the_http_request_through_the_grain_calls_to_composing_the_draft()
    {
        var spans = new List<Activity>();
        var factory = CreateFactory().WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
            services.ConfigureOpenTelemetryTracerProvider(tracing => tracing.AddInMemoryExporter(spans))));
        var client = factory.CreateClient();
        var created = await client.SendAsync(PostJson("/api/v1/patients", PatientsApiTests.NewPatient(), DoctorToken()));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var patientId = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        var scribe = new ScribeClient(client, (_, _) => DoctorToken());

        await scribe.DraftAsync(patientId);

        // The request's span ends, and is exported, just after its response is sent: the client can read the draft first.
        var trace = await RequestTraceAsync(spans, "generate-draft", TimeSpan.FromSeconds(10));

        var sources = trace.Select(s => s.Source.Name).ToHashSet();
        Assert.Contains("Microsoft.Orleans.Application", sources);
        var compose = Assert.Single(trace, s => s.Source.Name == MeshMetrics.Name);
        Assert.Equal("Mesh.ComposeDraft", compose.DisplayName);
        // Composing ran inside a grain call of this request, not beside it.
        var parent = Assert.Single(trace, s => s.SpanId == compose.ParentSpanId);
        Assert.StartsWith("Microsoft.Orleans", parent.Source.Name, StringComparison.Ordinal);
    }

    /// <summary>The spans of the trace of the ASP.NET Core request named <paramref name="route"/>, once that request's span is exported.</summary>
    private static async Task<Activity[]> RequestTraceAsync(List<Activity> spans, string route, TimeSpan within)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            lock (spans)
            {
                if (spans.SingleOrDefault(s => s.Source.Name == "Microsoft.AspNetCore" && s.DisplayName.Contains(route, StringComparison.Ordinal)) is { } request)
                {
                    return [.. spans.Where(s => s.TraceId == request.TraceId)];
                }
            }

            Assert.True(clock.Elapsed < within, $"no span of the {route} request was exported within {within}");
            await Task.Delay(50);
        }
    }
}
