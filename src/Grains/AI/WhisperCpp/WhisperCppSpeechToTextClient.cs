using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Text;
using Mesh.Grains.Audio;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Whisper.net;
using Whisper.net.Logger;

namespace Mesh.Grains.AI.WhisperCpp;

/// <summary>
/// Offline speech-to-text: whisper.cpp, through Whisper.net, on this host's CPU with a ggml model file the operator
/// provides. The model is loaded once; transcriptions run one at a time (each uses <see cref="Threads"/> cores), and
/// each keeps whisper.cpp's segments with their timestamps and the language it detected or was told.
/// </summary>
public sealed partial class WhisperCppSpeechToTextClient : ISpeechToTextClient
{
    /// <summary>The provider name in <see cref="SpeechToTextClientMetadata"/>.</summary>
    public const string ProviderName = "whisper.cpp";

    private const string AutoDetect = "auto";
    private const string English = "en";
    private const string LanguageProperty = "language";
    private static readonly TimeSpan DisposeWait = TimeSpan.FromSeconds(30);

    private readonly WhisperFactory _factory;
    private readonly FfmpegAudioConverter _converter;
    private readonly HashSet<string> _languages;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly SpeechToTextClientMetadata _metadata;
    private bool _disposed;

    private WhisperCppSpeechToTextClient(WhisperFactory factory, string modelPath, WhisperModelHeader model, int threads, FfmpegAudioConverter converter)
    {
        _factory = factory;
        _converter = converter;
        _languages = new HashSet<string>(WhisperFactory.GetSupportedLanguages(), StringComparer.OrdinalIgnoreCase);
        ModelPath = modelPath;
        Model = model;
        Threads = threads;
        _metadata = new SpeechToTextClientMetadata(ProviderName, defaultModelId: Path.GetFileName(modelPath));
    }

    /// <summary>The model file, as a full path.</summary>
    public string ModelPath { get; }

    /// <summary>The model's hyperparameters, as read from its header.</summary>
    public WhisperModelHeader Model { get; }

    /// <summary>CPU threads per transcription.</summary>
    public int Threads { get; }

    /// <summary>
    /// Checks the model file (see <see cref="WhisperModelFile.Verify"/>) and loads it into whisper.cpp. Every failure is
    /// a <see cref="ProviderNotConfiguredException"/> naming <c>Mesh:AI:SpeechToText:ModelPath</c> and the cause.
    /// </summary>
    public static WhisperCppSpeechToTextClient Load(WhisperCppOptions options, FfmpegAudioConverter? converter = null, ILogger? logger = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        logger ??= NullLogger.Instance;
        var model = WhisperModelFile.Verify(options.ModelPath);
        var path = Path.GetFullPath(options.ModelPath!);
        var started = Stopwatch.GetTimestamp();
        var factory = LoadModel(path);
        LogLoaded(logger, path, model.IsMultilingual ? "multilingual" : "English-only", options.Threads, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        return new WhisperCppSpeechToTextClient(factory, path, model, options.Threads, converter ?? new FfmpegAudioConverter());
    }

    /// <inheritdoc />
    public async Task<SpeechToTextResponse> GetTextAsync(Stream audioSpeechStream, SpeechToTextOptions? options = null, CancellationToken cancellationToken = default)
    {
        var segments = new List<SpeechSegment>();
        var text = new StringBuilder();
        string? language = null;
        await foreach (var heard in TranscribeAsync(audioSpeechStream, options, cancellationToken).ConfigureAwait(false))
        {
            segments.Add(heard.Segment);
            text.Append(heard.RawText);
            language ??= heard.Language;
        }

        if (language is null && LanguageFor(options?.SpeechLanguage) is var told && told != AutoDetect)
        {
            language = told;
        }

        var transcript = new SpeechTranscript(text.ToString().Trim(), language, segments);
        return new SpeechToTextResponse(transcript.Text)
        {
            ModelId = _metadata.DefaultModelId,
            StartTime = segments.Count > 0 ? segments[0].Start : null,
            EndTime = segments.Count > 0 ? segments[^1].End : null,
            RawRepresentation = transcript,
            AdditionalProperties = language is null ? null : new() { [LanguageProperty] = language },
        };
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<SpeechToTextResponseUpdate> GetStreamingTextAsync(
        Stream audioSpeechStream, SpeechToTextOptions? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var responseId = Guid.NewGuid().ToString("N");
        await foreach (var heard in TranscribeAsync(audioSpeechStream, options, cancellationToken).ConfigureAwait(false))
        {
            yield return new SpeechToTextResponseUpdate(heard.RawText)
            {
                Kind = SpeechToTextResponseUpdateKind.TextUpdated,
                ResponseId = responseId,
                ModelId = _metadata.DefaultModelId,
                StartTime = heard.Segment.Start,
                EndTime = heard.Segment.End,
                RawRepresentation = heard.Segment,
                AdditionalProperties = new() { [LanguageProperty] = heard.Language },
            };
        }
    }

    /// <inheritdoc />
    public object? GetService(Type serviceType, object? serviceKey = null)
    {
        ArgumentNullException.ThrowIfNull(serviceType);
        return serviceKey is not null ? null
            : serviceType == typeof(SpeechToTextClientMetadata) ? _metadata
            : serviceType.IsInstanceOfType(this) ? this
            : null;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;

        // The native model must outlive a transcription still running; one that does not end in time keeps it (the
        // process is stopping anyway).
        if (_gate.Wait(DisposeWait))
        {
            _factory.Dispose();
            _gate.Release();
        }
    }

    private async IAsyncEnumerable<Heard> TranscribeAsync(Stream audio, SpeechToTextOptions? options, [EnumeratorCancellation] CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(audio);
        ObjectDisposedException.ThrowIf(_disposed, this);
        var bytes = await ReadAllAsync(audio, ct).ConfigureAwait(false);
        var samples = await WhisperAudio.ToSamplesAsync(AudioClip.FromBytes(bytes), _converter, ct).ConfigureAwait(false);
        var duration = TimeSpan.FromSeconds((double)samples.Length / WhisperAudio.SampleRate);
        var language = LanguageFor(options?.SpeechLanguage);

        await _gate.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            var processor = _factory.CreateBuilder().WithThreads(Threads).WithLanguage(language).Build();
            await using (processor.ConfigureAwait(false))
            {
                var segments = processor.ProcessAsync(samples, ct).GetAsyncEnumerator(ct);
                await using (segments.ConfigureAwait(false))
                {
                    while (true)
                    {
                        try
                        {
                            if (!await segments.MoveNextAsync().ConfigureAwait(false))
                            {
                                break;
                            }
                        }
                        catch (WhisperProcessingException failed)
                        {
                            throw new ProviderResponseException(
                                AiCapabilities.SpeechToText, $"whisper.cpp failed to transcribe (error {failed.ErrorCode}) with {ModelPath}", inner: failed);
                        }

                        // whisper.cpp may place the last timestamp past the end of a clip shorter than its 30 s window.
                        var segment = segments.Current;
                        var start = segment.Start < duration ? segment.Start : duration;
                        var end = segment.End < duration ? segment.End : duration;
                        yield return new Heard(new SpeechSegment(start, end < start ? start : end, segment.Text.Trim()), segment.Text, segment.Language);
                    }
                }
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>
    /// The language whisper.cpp is told: English for an English-only model; else the hint when whisper.cpp knows it
    /// (<c>hu</c>, or the <c>hu</c> of <c>hu-HU</c>); else <c>auto</c>, which detects it from the first 30 seconds.
    /// </summary>
    private string LanguageFor(string? hint)
    {
        if (!Model.IsMultilingual)
        {
            return English;
        }

        var code = hint?.Trim().Split('-', '_')[0].ToLowerInvariant();
        return !string.IsNullOrEmpty(code) && _languages.Contains(code) ? code : AutoDetect;
    }

    private static WhisperFactory LoadModel(string path)
    {
        var key = WhisperCppOptions.ModelPathKey;
        var errors = new List<string>();
        WhisperFactory? factory = null;
        try
        {
            using (LogProvider.AddLogger((level, message) =>
            {
                if (level == WhisperLogLevel.Error && !string.IsNullOrWhiteSpace(message))
                {
                    lock (errors)
                    {
                        errors.Add(message.Trim());
                    }
                }
            }))
            {
                factory = WhisperFactory.FromPath(path);

                // whisper.cpp reports a model it could not load only when the first processor is asked for.
                _ = factory.CreateBuilder();
            }

            return factory;
        }
        catch (WhisperModelLoadException failed)
        {
            factory?.Dispose();
            var reason = errors.Count > 0 ? string.Join("; ", errors) : failed.Message;
            throw new ProviderNotConfiguredException(
                AiCapabilities.SpeechToText,
                $"whisper.cpp could not load {key} '{path}' ({reason}): it has a ggml header but is truncated, damaged or not a " +
                "Whisper model. Use a ggml Whisper model from the whisper.cpp project, e.g. ggml-base.en.bin or ggml-small.bin.");
        }
        catch (Exception failed) when (failed is not ProviderNotConfiguredException && factory is null)
        {
            // Whisper.net reports a native library it could not load as a plain Exception.
            throw new ProviderNotConfiguredException(
                AiCapabilities.SpeechToText,
                $"The whisper.cpp library of Whisper.net.Runtime could not load {key} '{path}': {failed.Message} " +
                "On Debian it needs OpenMP (apt-get install libgomp1).");
        }
    }

    /// <summary>One segment as whisper.cpp gave it: timed, its text as emitted (with its leading space), and the language.</summary>
    private sealed record Heard(SpeechSegment Segment, string RawText, string Language);

    private static async Task<byte[]> ReadAllAsync(Stream audio, CancellationToken ct)
    {
        using var copy = new MemoryStream();
        await audio.CopyToAsync(copy, ct).ConfigureAwait(false);
        return copy.ToArray();
    }

    [LoggerMessage(LogLevel.Information, "Whisper model {Path} loaded ({Kind}, {Threads} threads per transcription) in {Milliseconds:0} ms")]
    private static partial void LogLoaded(ILogger logger, string path, string kind, int threads, double milliseconds);
}
