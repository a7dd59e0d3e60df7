namespace Mesh.Grains.Scribe.Text;

/// <summary>Which word endings a lexicon term may carry and still count as that term.</summary>
internal static class Inflection
{
    /// <summary>English: a plural ending at most.</summary>
    public const string English = "(?:s|es)?";

    /// <summary>
    /// Hungarian is agglutinative: "metformint", "lizinoprillal", "fejfájásom". A term may carry up to three
    /// endings from a closed list of case, possessive, plural and verb endings (folded, without accents), so
    /// that a drug stem does not swallow an unrelated longer word such as "inzulinrezisztencia".
    /// </summary>
    public const string Hungarian =
        "(?:-?(?:nak|nek|ban|ben|bol|rol|tol|hoz|hez|val|vel|ert|kent|nal|nel|jat|jet|jai|jei|juk|ott|ett|unk|tok|" +
        "[bcdfghjklmnprstvz]al|[bcdfghjklmnprstvz]el|ra|re|ba|be|ig|on|en|ja|je|at|ot|et|as|es|os|ai|ei|ok|ek|ik|" +
        "am|em|om|uk|tt|t|n|a|e|i|s|k|m)){0,3}";

    public static string For(string language) => Language.IsHungarian(language) ? Hungarian : English;
}
