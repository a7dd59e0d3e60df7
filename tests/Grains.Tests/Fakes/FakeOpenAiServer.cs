using System.Collections.Concurrent;
using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Mesh.Grains.Tests.Fakes;

/// <summary>
/// An OpenAI-compatible server on Kestrel (127.0.0.1, random port) that speaks the real wire protocol: multipart
/// transcriptions, chat completions with json_schema or tools, /audio/speech returning WAV. It records every request and can be
/// told to hang, answer 429 with Retry-After, 500, or malformed JSON. One server serves every test class of the
/// <see cref="FakeOpenAiCollection"/>; each test starts with <see cref="Reset"/>.
/// </summary>
public sealed class FakeOpenAiServer : IAsyncLifetime
{
    private readonly ConcurrentQueue<FakeFault> _faults = new();
    private WebApplication? _app;

    /// <summary>The API root, e.g. <c>http://127.0.0.1:41234/v1</c>.</summary>
    public string BaseUrl { get; private set; } = string.Empty;

    public FakeResponses Responses { get; private set; } = new();

    public ConcurrentQueue<RecordedRequest> Requests { get; } = new();

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        _app = builder.Build();
        _app.Run(HandleAsync);
        await _app.StartAsync();
        var address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        BaseUrl = address.TrimEnd('/') + "/v1";
    }

    /// <summary>Forgets the requests, faults and answers of earlier tests; the test classes sharing the server call it first.</summary>
    public void Reset()
    {
        _faults.Clear();
        Requests.Clear();
        Responses = new FakeResponses();
    }

    /// <summary>Makes the next <paramref name="times"/> requests fail with <paramref name="fault"/>.</summary>
    public void FailNext(FakeFault fault, int times = 1)
    {
        for (var i = 0; i < times; i++)
        {
            _faults.Enqueue(fault);
        }
    }

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
    }

    private async Task HandleAsync(HttpContext context)
    {
        var request = await FakeRequestReader.ReadAsync(context.Request);
        Requests.Enqueue(request);
        if (Responses.Latency > TimeSpan.Zero)
        {
            await Task.Delay(Responses.Latency);
        }

        if (_faults.TryDequeue(out var fault))
        {
            await FailAsync(context, fault);
            return;
        }

        switch (request.Path)
        {
            case "/v1/audio/transcriptions":
                await TranscribeAsync(context, request);
                break;
            case "/v1/chat/completions":
                await CompleteAsync(context, request);
                break;
            case "/v1/audio/speech":
                await SpeakAsync(context, request);
                break;
            default:
                await ErrorAsync(context, StatusCodes.Status404NotFound, $"Unknown path {request.Path}");
                break;
        }
    }

    private async Task TranscribeAsync(HttpContext context, RecordedRequest request)
    {
        if (request.File is null || !request.Form.ContainsKey("model"))
        {
            await ErrorAsync(context, StatusCodes.Status400BadRequest, "file and model are required");
            return;
        }

        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(Responses.Transcription);
    }

    private async Task CompleteAsync(HttpContext context, RecordedRequest request)
    {
        var json = request.Json;
        if (json?["tools"] is not null)
        {
            await CallToolsAsync(context, json);
            return;
        }

        if (json?["model"] is null || json["messages"] is not JsonArray
            || json["response_format"]?["type"]?.GetValue<string>() != "json_schema"
            || json["response_format"]?["json_schema"]?["schema"] is null)
        {
            await ErrorAsync(context, StatusCodes.Status400BadRequest, "model, messages and a json_schema response_format are required");
            return;
        }

        var answer = new JsonObject
        {
            ["id"] = "chatcmpl-fake",
            ["object"] = "chat.completion",
            ["model"] = json["model"]!.GetValue<string>(),
            ["choices"] = new JsonArray(new JsonObject
            {
                ["index"] = 0,
                ["message"] = new JsonObject { ["role"] = "assistant", ["content"] = Responses.ChatContent(json) },
                ["finish_reason"] = "stop",
            }),
        };
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(answer.ToJsonString());
    }

    private async Task CallToolsAsync(HttpContext context, JsonNode json)
    {
        if (json["model"] is null || json["messages"] is not JsonArray || json["tools"] is not JsonArray { Count: > 0 } tools
            || tools.Any(t => t?["type"]?.GetValue<string>() != "function" || t["function"]?["name"] is null || t["function"]?["parameters"] is null))
        {
            await ErrorAsync(context, StatusCodes.Status400BadRequest, "model, messages and function tools with name and parameters are required");
            return;
        }

        var calls = Responses.ToolCalls(json);
        var toolCalls = new JsonArray();
        for (var i = 0; i < calls.Count; i++)
        {
            toolCalls.Add(new JsonObject
            {
                ["id"] = $"call_{i}",
                ["type"] = "function",
                ["function"] = new JsonObject
                {
                    ["name"] = calls[i].Name,
                    ["arguments"] = calls[i].ArgumentsAsObject ? JsonNode.Parse(calls[i].Arguments) : JsonValue.Create(calls[i].Arguments),
                },
            });
        }

        var message = new JsonObject { ["role"] = "assistant", ["content"] = calls.Count == 0 ? Responses.ToolFreeContentOf?.Invoke(json) ?? Responses.ToolFreeContent : null };
        if (calls.Count > 0)
        {
            message["tool_calls"] = toolCalls;
        }

        var answer = new JsonObject
        {
            ["id"] = "chatcmpl-fake",
            ["object"] = "chat.completion",
            ["model"] = json["model"]!.GetValue<string>(),
            ["choices"] = new JsonArray(new JsonObject
            {
                ["index"] = 0,
                ["message"] = message,
                ["finish_reason"] = calls.Count == 0 ? "stop" : "tool_calls",
            }),
        };
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(answer.ToJsonString());
    }

    private async Task SpeakAsync(HttpContext context, RecordedRequest request)
    {
        var json = request.Json;
        if (json?["model"] is null || json["input"] is null || json["voice"] is null)
        {
            await ErrorAsync(context, StatusCodes.Status400BadRequest, "model, input and voice are required");
            return;
        }

        context.Response.ContentType = "audio/wav";
        await context.Response.Body.WriteAsync(Responses.Speech);
    }

    private static async Task FailAsync(HttpContext context, FakeFault fault)
    {
        switch (fault.Kind)
        {
            case FakeFaultKind.Hang:
                // Hold the request open until the client gives up; the abort ends this request, not the server.
                await Task.WhenAny(Task.Delay(Timeout.Infinite, context.RequestAborted));
                break;
            case FakeFaultKind.TooManyRequests:
                if (fault.RetryAfter is not null)
                {
                    context.Response.Headers.RetryAfter = fault.RetryAfter;
                }

                await ErrorAsync(context, StatusCodes.Status429TooManyRequests, "Rate limit reached");
                break;
            case FakeFaultKind.ServerError:
                await ErrorAsync(context, StatusCodes.Status500InternalServerError, "The server had an error");
                break;
            case FakeFaultKind.MalformedJson:
                context.Response.ContentType = "application/json";
                await context.Response.WriteAsync("""{"choices": [ {"message": """);
                break;
        }
    }

    private static async Task ErrorAsync(HttpContext context, int status, string message)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(new JsonObject
        {
            ["error"] = new JsonObject { ["message"] = message, ["type"] = "fake_error" },
        }.ToJsonString());
    }
}
