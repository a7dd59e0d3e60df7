namespace Mesh.Grains.Claims.X12;

/// <summary>
/// The separators an interchange declares in its ISA: element (the ISA's fourth character), repetition (ISA11),
/// component (ISA16) and segment terminator (the character after ISA16). X12 fixes none of them, so every file is
/// read with its own.
/// </summary>
/// <param name="Element">Separates the elements of a segment.</param>
/// <param name="Repetition">Separates repeats of one element; <c>'\0'</c> when the ISA declares none.</param>
/// <param name="Component">Separates the components of a composite element.</param>
/// <param name="Segment">Ends a segment (line breaks after it are allowed and skipped).</param>
public readonly record struct X12Delimiters(char Element, char Repetition, char Component, char Segment)
{
    /// <summary>The delimiters most senders use: <c>*</c>, <c>^</c>, <c>:</c> and <c>~</c>.</summary>
    public static X12Delimiters Default { get; } = new('*', '^', ':', '~');
}
