namespace Mesh.Grains.AI;

/// <summary>Guesses the language of a piece of text.</summary>
public interface ILanguageDetector
{
    /// <summary>The most likely language of <paramref name="text"/>, or <see cref="LanguageGuess.Undetermined"/> when too short.</summary>
    LanguageGuess Detect(string text);
}
