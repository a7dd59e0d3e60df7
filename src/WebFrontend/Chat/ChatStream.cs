namespace Mesh.WebFrontend.Chat;

/// <summary>
/// An answer as a stream: who answers, the text in word-sized tokens, the citations, then the whole turn. The text is
/// released only after the grounding check has run over the whole answer, so no unchecked fact is ever streamed.
/// </summary>
public static class ChatStream
{
    public static IEnumerable<ChatStreamEvent> Events(ChatTurnResponse turn)
    {
        yield return new ChatStreamEvent("specialist", turn.SpecialistName, null);
        var start = 0;
        for (var i = 1; i <= turn.Text.Length; i++)
        {
            if (i == turn.Text.Length || (char.IsWhiteSpace(turn.Text[i]) && !char.IsWhiteSpace(turn.Text[i - 1])))
            {
                yield return new ChatStreamEvent("token", turn.Text[start..i], null);
                start = i;
            }
        }

        yield return new ChatStreamEvent("citations", null, turn);
        yield return new ChatStreamEvent("done", null, turn);
    }
}
