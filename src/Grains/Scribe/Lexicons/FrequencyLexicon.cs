using Mesh.Grains.Scribe.Text;

namespace Mesh.Grains.Scribe.Lexicons;

/// <summary>Dosing schedules, reported by a canonical English phrase that the summary translates.</summary>
internal static class FrequencyLexicon
{
    private const string Table = """
        once daily: once a day | daily | every day | once per day | qd | od | one time a day | every morning | naponta egyszer | napi egyszer | naponta egy | napi egy alkalommal | naponta egyszer reggel | egyszer naponta
        twice daily: twice a day | two times a day | bid | b.i.d | every 12 hours | twice per day | naponta kétszer | napi kétszer | kétszer naponta | napi két alkalommal | 12 óránként
        three times daily: three times a day | tid | t.i.d | three times per day | every 8 hours | naponta háromszor | napi háromszor | háromszor naponta | 8 óránként | nyolc óránként
        four times daily: four times a day | qid | q.i.d | every 6 hours | naponta négyszer | napi négyszer | négyszer naponta | 6 óránként | hat óránként
        every 4 hours: every four hours | 4 óránként | négy óránként
        at night: at bedtime | before bed | nightly | every night | qhs | lefekvés előtt | éjszakára | esténként lefekvéskor
        in the morning: in the mornings | reggel | reggelente | minden reggel
        in the evening: in the evenings | este | esténként | minden este
        as needed: prn | when needed | if needed | as required | when you need it | szükség esetén | szükség szerint | igény szerint | ha szükséges
        once weekly: once a week | weekly | every week | hetente egyszer | heti egyszer | hetente
        """;

    public static TermLexicon<string> Terms { get; } = new(SynonymTable.Parse(Table));
}
