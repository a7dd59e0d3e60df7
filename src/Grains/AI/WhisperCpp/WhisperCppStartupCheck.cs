using Microsoft.Extensions.AI;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Orleans;

namespace Mesh.Grains.AI.WhisperCpp;

/// <summary>
/// Runs when the silo starts: with <c>Mesh:AI:SpeechToText:Provider=Whisper</c>, a missing or wrong model file stops
/// the silo with the reason and the setting to fix, and a good one is loaded now rather than at the first transcription.
/// </summary>
internal sealed class WhisperCppStartupCheck(IConfiguration configuration, IServiceProvider services) : IConfigurationValidator
{
    public void ValidateConfiguration()
    {
        if (!WhisperCppOptions.IsChosen(configuration))
        {
            return;
        }

        // Checked here too, in case the host registered a speech-to-text client of its own.
        WhisperModelFile.Verify(WhisperCppOptions.FromConfiguration(configuration).ModelPath);
        _ = services.GetRequiredService<ISpeechToTextClient>();
    }
}
