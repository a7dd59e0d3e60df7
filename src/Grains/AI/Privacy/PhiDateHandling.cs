namespace Mesh.Grains.AI.Privacy;

/// <summary>What de-identification does with dates.</summary>
public enum PhiDateHandling
{
    /// <summary>Moves every date by the patient's offset, so intervals and ages stay true for a model that reasons about them.</summary>
    Shift,

    /// <summary>Replaces dates by placeholders, for a model that only has to carry them through (translation reformats dates).</summary>
    Placeholder,
}
