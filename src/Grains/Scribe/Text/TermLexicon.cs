using System.Collections.Concurrent;
using System.Text.RegularExpressions;

namespace Mesh.Grains.Scribe.Text;

/// <summary>
/// A list of surface phrases, each standing for a value, matched as whole words on folded text. The longest
/// phrase wins where several start at the same place ("insulin glargine" over "insulin"); the last word may
/// carry an inflectional ending. Phrases live in a character trie, so finding them costs one walk per word
/// start however many hundred phrases the lexicon holds.
/// </summary>
internal sealed class TermLexicon<T>
{
    private static readonly ConcurrentDictionary<string, Regex> EndingPatterns = new(StringComparer.Ordinal);

    private readonly Dictionary<string, T> _values = new(StringComparer.Ordinal);
    private readonly TrieNode _root = new();

    public TermLexicon(IEnumerable<KeyValuePair<string, T>> entries)
    {
        foreach (var (surface, value) in entries)
        {
            var key = Key(surface);
            if (key.Length > 0 && _values.TryAdd(key, value))
            {
                _root.Add(key);
            }
        }
    }

    public IReadOnlyDictionary<string, T> Entries => _values;

    /// <summary>Non-overlapping matches in [start, end), left to right, each the longest phrase at its place.</summary>
    public IReadOnlyList<TermMatch<T>> Find(string folded, string endings, int start = 0, int end = -1)
    {
        var stop = end < 0 ? folded.Length : end;
        var ending = EndingPatterns.GetOrAdd(endings, e => new Regex($"^(?:{e})$", RegexOptions.CultureInvariant | RegexOptions.Compiled));
        var found = new List<TermMatch<T>>();
        for (var i = start; i < stop; i++)
        {
            if (!IsWordChar(folded[i]) || (i > start && IsWordChar(folded[i - 1])))
            {
                continue;
            }

            var match = LongestAt(folded, i, stop, ending);
            if (match is { } m)
            {
                found.Add(m);
                i = m.End - 1;
            }
        }

        return found;
    }

    private TermMatch<T>? LongestAt(string text, int start, int stop, Regex ending)
    {
        TermMatch<T>? best = null;
        var node = _root;
        var i = start;
        while (node is not null)
        {
            if (node.Key is not null && WordEnd(text, i, stop, ending) is { } wordEnd)
            {
                best = new TermMatch<T>(start, wordEnd, _values[node.Key]);
            }

            if (i >= stop)
            {
                break;
            }

            if (char.IsWhiteSpace(text[i]) && node.Children.TryGetValue(' ', out var afterSpace))
            {
                while (i < stop && char.IsWhiteSpace(text[i]))
                {
                    i++;
                }

                node = afterSpace;
                continue;
            }

            node = node.Children.GetValueOrDefault(text[i++]);
        }

        return best;
    }

    /// <summary>Where the word ends if a phrase ends at <paramref name="i"/>: right there, or after a valid ending.</summary>
    private static int? WordEnd(string text, int i, int stop, Regex ending)
    {
        int? best = i >= stop || !IsWordChar(text[i]) ? i : null;
        var k = i;
        while (k < stop && (char.IsLetter(text[k]) || (text[k] == '-' && k + 1 < stop && char.IsLetter(text[k + 1]))))
        {
            k++;
            if ((k >= stop || !IsWordChar(text[k])) && ending.IsMatch(text.AsSpan(i, k - i)))
            {
                best = k;
            }
        }

        return best;
    }

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c);

    private static string Key(string surface) =>
        string.Join(' ', TextFolding.Fold(surface).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private sealed class TrieNode
    {
        public Dictionary<char, TrieNode> Children { get; } = [];

        public string? Key { get; private set; }

        public void Add(string key)
        {
            var node = this;
            foreach (var c in key)
            {
                if (!node.Children.TryGetValue(c, out var next))
                {
                    next = new TrieNode();
                    node.Children[c] = next;
                }

                node = next;
            }

            node.Key = key;
        }
    }
}
