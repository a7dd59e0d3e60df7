using Mesh.Grains.Scribe.Text;

namespace Mesh.Grains.Agents.Selection;

/// <summary>
/// The offline selector: scores each specialist by the words of the question (stems such as "allerg", "netdown",
/// "icd") and breaks ties or silence by the records the message points at (a claim context goes to the claim
/// processor). No words and no contexts, or a tie the contexts do not break, asks the user to clarify.
/// </summary>
public static class RuleSelector
{
    private static readonly (SpecialistKind Kind, string[] Stems)[] Vocabulary =
    [
        (SpecialistKind.FinanceAssistant, ["netdown", "net down", "expected payment", "contract", "rate card", "underpa", "allowed amount", "revenue", "write-down", "write down"]),
        (SpecialistKind.MedicalCodeHelper, ["icd", "code for", "codes for", "code of", "coding", "diagnosis code", "which code", "what code"]),
        (SpecialistKind.InsuranceAnalyst, ["coverage", "insurance", "insurer", "member id", "payer", "remittance", "eob", "835", "paid", "payment", "denial risk", "risk"]),
        (SpecialistKind.ClaimProcessor, ["claim", "denied", "denial", "837", "rejected", "billed", "charge"]),
        (SpecialistKind.EncounterProcessor, ["visit", "encounter", "seen", "appointment", "signed report", "reports"]),
        (SpecialistKind.ClinicalSpecialist, ["allerg", "medication", "medicine", "drug", "prescri", "condition", "diagnos", "problem list", "observation", "lab", "vital", "blood pressure", "procedure", "report"]),
        (SpecialistKind.PatientProcessor, ["patient", "find", "birth", "born", "date of birth", "age", "demographic", "language", "sex", "who is", "identifier"]),
    ];

    /// <summary>Picks the specialist for <paramref name="question"/> with its <paramref name="contexts"/>.</summary>
    public static SelectorChoice Choose(string question, IReadOnlyList<ChatContextRef> contexts)
    {
        ArgumentNullException.ThrowIfNull(question);
        var scores = Scores(question);
        var best = scores.Count == 0 ? 0 : scores.Values.Max();
        var leaders = scores.Where(s => s.Value == best && best > 0).Select(s => s.Key).ToList();
        if (leaders.Count == 1)
        {
            return SelectorChoice.Of(leaders[0]);
        }

        // The vocabulary lists the more specific specialists first, so among equal scores the first listed wins only
        // when a context agrees with none of them; a context that names one of the leaders breaks the tie.
        var byContext = contexts.Select(c => ForContext(c.Type)).OfType<SpecialistKind>().ToList();
        var agreed = leaders.Count > 0 ? byContext.FirstOrDefault(leaders.Contains, (SpecialistKind)(-1)) : byContext.FirstOrDefault((SpecialistKind)(-1));
        if ((int)agreed >= 0)
        {
            return SelectorChoice.Of(agreed);
        }

        if (leaders.Count > 1)
        {
            return SelectorChoice.Of(Vocabulary.First(v => leaders.Contains(v.Kind)).Kind);
        }

        return SelectorChoice.Clarify(
            "Who should answer this? Ask about a patient (record, allergies, medications, visits), a claim (status, denials, payments), codes, or contracts; or attach the patient or claim as context.");
    }

    /// <summary>The words-only score of each specialist that scored.</summary>
    public static Dictionary<SpecialistKind, int> Scores(string question)
    {
        var folded = TextFolding.Fold(question ?? string.Empty);
        var scores = new Dictionary<SpecialistKind, int>();
        foreach (var (kind, stems) in Vocabulary)
        {
            var score = stems.Count(stem => StartsWordAt(folded, stem));
            if (score > 0)
            {
                scores[kind] = score;
            }
        }

        return scores;
    }

    // A stem counts where a word starts with it: "age" is in "age" and "aged", not in "coverage".
    private static bool StartsWordAt(string folded, string stem)
    {
        for (var at = folded.IndexOf(stem, StringComparison.Ordinal); at >= 0; at = folded.IndexOf(stem, at + 1, StringComparison.Ordinal))
        {
            if (at == 0 || !char.IsLetterOrDigit(folded[at - 1]))
            {
                return true;
            }
        }

        return false;
    }

    private static SpecialistKind? ForContext(string type) => type switch
    {
        "CLAIM" => SpecialistKind.ClaimProcessor,
        "ENCOUNTER" => SpecialistKind.EncounterProcessor,
        "ALLERGY" or "CONDITION" or "OBSERVATION" or "PROCEDURE" => SpecialistKind.ClinicalSpecialist,
        "PATIENT" => SpecialistKind.PatientProcessor,
        _ => null,
    };
}
