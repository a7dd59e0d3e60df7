using System.Runtime.InteropServices;
using Mesh.Grains.AI;
using Mesh.Grains.Audio;
using Mesh.Grains.Live;
using Microsoft.Extensions.AI;

namespace Mesh.Grains.Live;

/// <summary>Sends one utterance of PCM16 16 kHz mono to the speech-to-text provider as a WAV file.</summary>
public sealed class LiveTranscriber(ISpeechToTextClient speechToText)
{
    public const int SampleRate = 16_000;

    /// <summary>The utterance's text and the language the engine reports; empty text when nothing was heard.</summary>
    public async Task<(string Text, string? Language)> TranscribeAsync(SpeechUtterance utterance, string? languageHint, CancellationToken ct)
    {
        var samples = MemoryMarshal.Cast<byte, short>(utterance.Pcm16.AsSpan(0, utterance.Pcm16.Length & ~1));
        var wav = WavWriter.Pcm16(samples, SampleRate, 1);
        var transcript = await speechToText.TranscribeAsync(new AudioClip(wav, AudioFormat.Wav), languageHint, ct).ConfigureAwait(false);
        return (transcript.Text.Trim(), transcript.Language);
    }
}
