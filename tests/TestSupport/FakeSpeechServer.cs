using System.Buffers.Binary;
using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Mesh.TestSupport;

/// <summary>
/// A small OpenAI-compatible speech service on loopback for live encounters: transcription answers the next of its
/// texts after a fixed delay, translation (chat) tags the text with the target language, speech returns a short WAV.
/// It counts what it was asked, so tests can check each utterance was handled once.
/// </summary>
public sealed class FakeSpeechServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private int _transcriptions;

    private FakeSpeechServer(WebApplication app, string baseUrl, IReadOnlyList<string> texts, TimeSpan delay)
    {
        _app = app;
        BaseUrl = baseUrl;
        Texts = texts;
        TranscriptionDelay = delay;
    }

    /// <summary>The base URL to configure as Mesh:AI:&lt;Capability&gt;:BaseUrl.</summary>
    public string BaseUrl { get; }

    /// <summary>What transcription answers, in turn (cycling).</summary>
    public IReadOnlyList<string> Texts { get; }

    /// <summary>How long each transcription takes.</summary>
    public TimeSpan TranscriptionDelay { get; }

    /// <summary>How many transcriptions were asked for.</summary>
    public int Transcriptions => Volatile.Read(ref _transcriptions);

    /// <summary>The texts it was asked to translate, with the target language.</summary>
    public ConcurrentQueue<(string Text, string Prompt)> Translations { get; } = new();

    /// <summary>The texts it was asked to speak.</summary>
    public ConcurrentQueue<string> Spoken { get; } = new();

    /// <summary>Settings that point every speech capability of Mesh at this server.</summary>
    public Dictionary<string, string?> Settings(bool translation = true, bool textToSpeech = true)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Mesh:AI:SpeechToText:BaseUrl"] = BaseUrl,
            ["Mesh:AI:SpeechToText:Model"] = "fake-whisper",
        };
        if (translation)
        {
            settings["Mesh:AI:Translation:BaseUrl"] = BaseUrl;
            settings["Mesh:AI:Translation:Model"] = "fake-translator";
        }

        if (textToSpeech)
        {
            settings["Mesh:AI:TextToSpeech:BaseUrl"] = BaseUrl;
            settings["Mesh:AI:TextToSpeech:Model"] = "fake-tts";
        }

        return settings;
    }

    public static async Task<FakeSpeechServer> StartAsync(IReadOnlyList<string> texts, TimeSpan? transcriptionDelay = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        FakeSpeechServer? server = null;
        app.MapPost("/v1/audio/transcriptions", (HttpContext context) => server!.TranscribeAsync(context));
        app.MapPost("/v1/chat/completions", (HttpContext context) => server!.TranslateAsync(context));
        app.MapPost("/v1/audio/speech", (HttpContext context) => server!.SpeakAsync(context));
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        server = new FakeSpeechServer(app, address + "/v1", texts, transcriptionDelay ?? TimeSpan.FromMilliseconds(100));
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task TranscribeAsync(HttpContext context)
    {
        var form = await context.Request.ReadFormAsync();
        var seconds = form.Files.Count > 0 ? WavSeconds(form.Files[0]) : 0;
        var index = Interlocked.Increment(ref _transcriptions) - 1;
        await Task.Delay(TranscriptionDelay);
        var text = Texts.Count == 0 ? $"utterance {index + 1}" : Texts[index % Texts.Count];
        await context.Response.WriteAsJsonAsync(new JsonObject
        {
            ["task"] = "transcribe",
            ["language"] = form.TryGetValue("language", out var language) ? language.ToString() : "english",
            ["duration"] = seconds,
            ["text"] = text,
            ["segments"] = new JsonArray(new JsonObject { ["id"] = 0, ["start"] = 0.0, ["end"] = seconds, ["text"] = text }),
        });
    }

    private async Task TranslateAsync(HttpContext context)
    {
        var body = await JsonNode.ParseAsync(context.Request.Body);
        var messages = body?["messages"]?.AsArray() ?? [];
        var prompt = messages.FirstOrDefault()?["content"]?.ToString() ?? "";
        var text = messages.LastOrDefault()?["content"]?.ToString() ?? "";
        Translations.Enqueue((text, prompt));
        var target = prompt.Contains("to language 'hu'", StringComparison.Ordinal) ? "hu" : "en";
        var answer = JsonSerializer.Serialize(new { translation = $"[{target}] {text}" });
        await context.Response.WriteAsJsonAsync(new JsonObject
        {
            ["id"] = "chatcmpl-fake",
            ["object"] = "chat.completion",
            ["choices"] = new JsonArray(new JsonObject
            {
                ["index"] = 0,
                ["finish_reason"] = "stop",
                ["message"] = new JsonObject { ["role"] = "assistant", ["content"] = answer },
            }),
        });
    }

    private async Task SpeakAsync(HttpContext context)
    {
        var body = await JsonNode.ParseAsync(context.Request.Body);
        Spoken.Enqueue(body?["input"]?.ToString() ?? "");
        context.Response.ContentType = "audio/wav";
        await context.Response.Body.WriteAsync(SilentWav(TimeSpan.FromMilliseconds(300)));
    }

    private static double WavSeconds(IFormFile file)
    {
        // PCM16 mono 16 kHz behind a 44-byte header, as Mesh sends it.
        return Math.Max(0, file.Length - 44) / 32_000.0;
    }

    private static byte[] SilentWav(TimeSpan length)
    {
        const int sampleRate = 16_000;
        var dataBytes = (int)(sampleRate * length.TotalSeconds) * 2;
        var wav = new byte[44 + dataBytes];
        var span = wav.AsSpan();
        "RIFF"u8.CopyTo(span);
        BinaryPrimitives.WriteInt32LittleEndian(span[4..], 36 + dataBytes);
        "WAVEfmt "u8.CopyTo(span[8..]);
        BinaryPrimitives.WriteInt32LittleEndian(span[16..], 16);
        BinaryPrimitives.WriteInt16LittleEndian(span[20..], 1);
        BinaryPrimitives.WriteInt16LittleEndian(span[22..], 1);
        BinaryPrimitives.WriteInt32LittleEndian(span[24..], sampleRate);
        BinaryPrimitives.WriteInt32LittleEndian(span[28..], sampleRate * 2);
        BinaryPrimitives.WriteInt16LittleEndian(span[32..], 2);
        BinaryPrimitives.WriteInt16LittleEndian(span[34..], 16);
        "data"u8.CopyTo(span[36..]);
        BinaryPrimitives.WriteInt32LittleEndian(span[40..], dataBytes);
        return wav;
    }
}
