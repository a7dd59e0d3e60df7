namespace Mesh.Grains.Live;

/// <summary>What a dictation token is.</summary>
internal enum DictationTokenKind
{
    /// <summary>A word, number or symbol run as said.</summary>
    Word,

    /// <summary>A punctuation mark: , ; : . ? ! ( ).</summary>
    Mark,

    /// <summary>A line break ("\n") or paragraph break ("\n\n").</summary>
    Break,
}

/// <summary>One token of dictated text.</summary>
internal readonly record struct DictationToken(DictationTokenKind Kind, string Text)
{
    public static DictationToken Word(string text) => new(DictationTokenKind.Word, text);

    public static DictationToken Mark(char mark) => new(DictationTokenKind.Mark, mark.ToString());

    public static DictationToken Break(bool paragraph) => new(DictationTokenKind.Break, paragraph ? "\n\n" : "\n");

    public bool IsWord => Kind == DictationTokenKind.Word;

    public bool IsMark(char mark) => Kind == DictationTokenKind.Mark && Text[0] == mark;

    /// <summary>A mark that ends or separates within a sentence: , ; : . ? !</summary>
    public bool IsSentenceMark => Kind == DictationTokenKind.Mark && Text[0] is not '(' and not ')';
}
