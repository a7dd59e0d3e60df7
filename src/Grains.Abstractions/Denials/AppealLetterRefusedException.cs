using Orleans;

namespace Mesh.Grains.Denials;

/// <summary>A model-written letter stated something the facts do not hold, and was refused.</summary>
[GenerateSerializer, Alias("Mesh.Grains.Denials.AppealLetterRefusedException")]
public sealed class AppealLetterRefusedException : Exception
{
    /// <summary>Creates the exception.</summary>
    public AppealLetterRefusedException(string sentence, string unsupported)
        : base($"The letter states {unsupported}, which the claim, denial, contract and signed reports do not hold: \"{sentence}\"")
    {
        Sentence = sentence;
        Unsupported = unsupported;
    }

    /// <summary>Creates the exception.</summary>
    public AppealLetterRefusedException(string message, Exception inner) : base(message, inner) { }

    /// <summary>Creates the exception.</summary>
    public AppealLetterRefusedException() { }

    /// <summary>The offending sentence.</summary>
    [Id(0)]
    public string Sentence { get; init; } = string.Empty;

    /// <summary>The amount, date, code or quotation no fact holds.</summary>
    [Id(1)]
    public string Unsupported { get; init; } = string.Empty;
}
