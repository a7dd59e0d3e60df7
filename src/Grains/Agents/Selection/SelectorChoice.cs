namespace Mesh.Grains.Agents.Selection;

/// <summary>Who should answer, or what to ask the user when that is unclear.</summary>
/// <param name="Specialist">The specialist, or null to clarify.</param>
/// <param name="Clarification">The question back to the user when no specialist is named.</param>
public sealed record SelectorChoice(SpecialistKind? Specialist, string? Clarification)
{
    /// <summary>A choice of <paramref name="specialist"/>.</summary>
    public static SelectorChoice Of(SpecialistKind specialist) => new(specialist, null);

    /// <summary>A question back to the user.</summary>
    public static SelectorChoice Clarify(string question) => new(null, question);
}
