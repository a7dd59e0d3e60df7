using Mesh.Grains.Scribe.Lexicons;
using Mesh.Grains.Scribe.Text;

namespace Mesh.Grains.Agents.Tools;

/// <summary>
/// ICD-10-CM search over Mesh's starter list of common primary-care diagnoses (the scribe's diagnosis lexicon, English and
/// Hungarian names with their synonyms). Every phrase that contains the query's words, or that the query contains,
/// matches; the codes are suggestions for a coder to confirm.
/// </summary>
public static class Icd10Search
{
    /// <summary>Up to <paramref name="limit"/> (code, name) pairs for <paramref name="query"/>, best first.</summary>
    public static IReadOnlyList<(string Code, string Name)> Find(string query, int limit = 10)
    {
        ArgumentNullException.ThrowIfNull(query);
        var folded = TextFolding.Fold(query).Trim();
        if (folded.Length < 2)
        {
            return [];
        }

        var words = folded.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return [.. DiagnosisLexicon.Terms.Entries
            .Where(e => e.Value.Icd10 is not null)
            .Select(e => (Phrase: e.Key, Entry: e.Value, Score: Score(e.Key, folded, words)))
            .Where(m => m.Score > 0)
            .OrderByDescending(m => m.Score)
            .ThenBy(m => m.Entry.Icd10, StringComparer.Ordinal)
            .Select(m => (m.Entry.Icd10!, m.Entry.English))
            .Distinct()
            .Take(limit)];
    }

    private static int Score(string phrase, string query, string[] words)
    {
        if (phrase == query)
        {
            return 3;
        }

        if (query.Contains(phrase, StringComparison.Ordinal) && phrase.Length >= 4)
        {
            return 2;
        }

        var phraseWords = phrase.Split(' ');
        return words.All(w => phraseWords.Any(p => p.StartsWith(w, StringComparison.Ordinal))) ? 1 : 0;
    }
}
