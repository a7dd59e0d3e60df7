using System.Text.RegularExpressions;

namespace Mesh.Grains.Live;

/// <summary>Cuts the text a command carries out of the utterance as said.</summary>
internal static class CommandText
{
    private static readonly char[] Trailing = [' ', '\t', '\r', '\n', ',', ';', ':', '-'];

    /// <summary>A note from the matched text; null when nothing but punctuation is left.</summary>
    public static AddNoteCommand? Note(string said, Group text)
    {
        var note = said.Substring(text.Index, text.Length).Trim().TrimEnd(Trailing).Trim();
        return note.Any(char.IsLetterOrDigit) ? new AddNoteCommand(note) : null;
    }
}
