namespace Mesh.Grains.AI;

/// <summary>A language (ISO 639-1, or <c>und</c>) and a confidence between 0 and 1.</summary>
public sealed record LanguageGuess(string Language, double Confidence)
{
    /// <summary>The code for "could not tell" (ISO 639-2 <c>und</c>).</summary>
    public const string UndeterminedCode = "und";

    /// <summary>The guess for text too short to judge.</summary>
    public static LanguageGuess Undetermined { get; } = new(UndeterminedCode, 0);
}
