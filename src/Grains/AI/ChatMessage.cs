namespace Mesh.Grains.AI;

/// <summary>One chat message: text, optionally with images for vision-capable models.</summary>
public sealed record ChatMessage(ChatRole Role, string Text, IReadOnlyList<ChatImage> Images)
{
    /// <summary>A system instruction.</summary>
    public static ChatMessage System(string text) => new(ChatRole.System, text, []);

    /// <summary>A user message of text only.</summary>
    public static ChatMessage User(string text) => new(ChatRole.User, text, []);

    /// <summary>A user message with images (e.g. a photographed referral letter).</summary>
    public static ChatMessage UserWithImages(string text, params ChatImage[] images) => new(ChatRole.User, text, images);
}
