namespace Mesh.Grains.Conversations;

/// <summary>Conversation grain keys carry the tenant; draft ids carry the conversation id and a revision.</summary>
public static class ConversationKeys
{
    /// <summary>The grain key of a clinic's conversation.</summary>
    public static string For(string tenant, string conversationId) => TenantKeys.For(tenant, conversationId);

    /// <summary>The draft id of a conversation's revision.</summary>
    public static string DraftId(string conversationId, int revision) => $"{conversationId}-{revision}";

    /// <summary>The conversation id inside a draft id; null when it is not one.</summary>
    public static string? ConversationOfDraft(string draftId)
    {
        var dash = draftId.LastIndexOf('-');
        return dash > 0 && int.TryParse(draftId.AsSpan(dash + 1), out _) ? draftId[..dash] : null;
    }
}
