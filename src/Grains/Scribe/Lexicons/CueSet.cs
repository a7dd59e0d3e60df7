using System.Text.RegularExpressions;
using Mesh.Grains.Scribe.Text;

namespace Mesh.Grains.Scribe.Lexicons;

/// <summary>The words that steer reading in one language: negation, medication status, plan and diagnosis cues.</summary>
internal sealed class CueSet
{
    public required Regex ClauseBreak { get; init; }

    public required Regex Negation { get; init; }

    /// <summary>Negation said after the term, as Hungarian does ("láza nincs"); null where the language does not.</summary>
    public Regex? NegationAfter { get; init; }

    /// <summary>Words that say something is present, ending the reach of an earlier "no" ("no, I have a cough").</summary>
    public required Regex Affirmation { get; init; }

    public required Regex Started { get; init; }

    public required Regex Stopped { get; init; }

    public required Regex Changed { get; init; }

    public required Regex Current { get; init; }

    /// <summary>Words that replace one drug with the next: "switch from A to B", "A helyett B".</summary>
    public required Regex Replacement { get; init; }

    public required Regex Diagnosis { get; init; }

    public required Regex DiagnosisDoubt { get; init; }

    public required Regex PlanStep { get; init; }

    public required Regex FollowUp { get; init; }

    public required Regex OrderVerb { get; init; }

    public required Regex Referral { get; init; }

    public required Regex ReasonForVisit { get; init; }

    public required Regex Allergy { get; init; }

    /// <summary>Words that make what follows a condition, not a fact: "come back if you develop a fever".</summary>
    public required Regex Hypothetical { get; init; }

    public static CueSet For(string language) =>
        Language.IsHungarian(language) ? HungarianCues.Set : EnglishCues.Set;
}
