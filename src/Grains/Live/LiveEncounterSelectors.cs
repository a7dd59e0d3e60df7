using Mesh.Grains.AI;
using Microsoft.Extensions.AI;

namespace Mesh.Grains.Live;

/// <summary>Chooses between the chat-model and offline implementations the way the rest of Mesh does: by whether a chat model is configured.</summary>
public static class LiveEncounterSelectors
{
    /// <summary>The chat detector when <paramref name="chat"/> is a configured model, else the offline pattern detector.</summary>
    public static IVoiceCommandDetector VoiceCommandDetector(IChatClient chat) =>
        !chat.IsConfigured() ? new PatternVoiceCommandDetector() : new ChatVoiceCommandDetector(chat);

    /// <summary>The chat editor when <paramref name="chat"/> is a configured model, else the offline one.</summary>
    public static IRadiologyEditor RadiologyEditor(IChatClient chat) =>
        !chat.IsConfigured() ? new OfflineRadiologyEditor() : new ChatRadiologyEditor(chat);
}
