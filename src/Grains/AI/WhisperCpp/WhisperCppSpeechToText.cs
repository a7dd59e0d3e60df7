using Mesh.Grains.Audio;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Mesh.Grains.AI.WhisperCpp;

/// <summary>Builds the whisper.cpp speech-to-text client from <c>Mesh:AI:SpeechToText</c> for the service container.</summary>
internal static class WhisperCppSpeechToText
{
    public static WhisperCppSpeechToTextClient Create(IServiceProvider services, IConfiguration configuration) =>
        WhisperCppSpeechToTextClient.Load(
            WhisperCppOptions.FromConfiguration(configuration),
            services.GetService<FfmpegAudioConverter>(),
            services.GetService<ILoggerFactory>()?.CreateLogger<WhisperCppSpeechToTextClient>());
}
