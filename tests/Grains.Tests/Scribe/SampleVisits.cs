using System.Text;
using Mesh.Grains.Scribe;

namespace Mesh.Grains.Tests.Scribe;

/// <summary>
/// Generates long, realistic visit transcripts of a chosen length for benchmarks: a full history, exam and
/// plan, with the history exchanges repeated until the word count is reached.
/// </summary>
public static class SampleVisits
{
    private static readonly string[] Opening =
    [
        "Doctor: Good morning, what brings you in today?",
        "Patient: I have had a cough for two weeks and I feel tired all the time.",
        "Doctor: Any fever, chills or night sweats?",
        "Patient: No fever, but I had chills a few nights ago.",
        "Doctor: What medications are you taking at the moment?",
        "Patient: I take metformin 500 mg twice a day and lisinopril 10 mg once daily.",
        "Doctor: Any allergies to medications?",
        "Patient: I'm allergic to penicillin, it gives me hives.",
        "Nurse: Blood pressure is 142/88, pulse 84, temperature 37.4 degrees, oxygen saturation 97%.",
    ];

    private static readonly string[] History =
    [
        "Doctor: Tell me more about the cough. Is it worse at night or during the day?",
        "Patient: It is mostly at night, and sometimes I cough up a little phlegm in the morning.",
        "Doctor: Have you noticed any shortness of breath when you walk up the stairs?",
        "Patient: A little, but no chest pain and no palpitations.",
        "Doctor: How has your blood sugar been at home?",
        "Patient: Usually between seven and nine in the mornings, a bit higher after dinner.",
        "Doctor: Any headaches, dizziness or blurred vision?",
        "Patient: No dizziness. I get a headache now and then when I sleep badly.",
        "Doctor: Are you eating and drinking normally, any nausea or heartburn?",
        "Patient: My appetite is fine, no nausea, just some heartburn after big meals.",
    ];

    private static readonly string[] Closing =
    [
        "Doctor: Your lungs sound clear apart from a few wheezes. This is most likely acute bronchitis.",
        "Doctor: I'll prescribe azithromycin 500 mg once daily for three days.",
        "Doctor: Let's increase lisinopril to 20 mg once daily because your blood pressure is high.",
        "Doctor: Continue metformin 500 mg twice daily.",
        "Doctor: I'll order a chest x-ray and a blood test to check your kidney function.",
        "Doctor: Drink plenty of fluids and rest.",
        "Doctor: Follow up in two weeks, or sooner if you develop a fever.",
    ];

    /// <summary>A visit of at least <paramref name="words"/> words, the same text for the same count.</summary>
    public static Transcript LongVisit(int words)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(words);
        var lines = new List<string>(Opening);
        var count = lines.Sum(WordCount) + Closing.Sum(WordCount);
        for (var round = 0; count < words; round++)
        {
            var line = History[round % History.Length];
            lines.Add(line);
            count += WordCount(line);
        }

        lines.AddRange(Closing);
        var text = new StringBuilder();
        foreach (var line in lines)
        {
            text.AppendLine(line);
        }

        return TranscriptParser.Parse(text.ToString());
    }

    private static int WordCount(string line) =>
        line[(line.IndexOf(':', StringComparison.Ordinal) + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
}
