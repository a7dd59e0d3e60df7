namespace Mesh.Grains.Claims.CodeSets;

/// <summary>A code set in memory: by code for lookups, in code order for prefix search, with folded descriptions
/// for word search.</summary>
internal sealed class CodeSetIndex
{
    private readonly Dictionary<string, CodeSetEntry> _byCode;
    private readonly CodeSetEntry[] _ordered;
    private readonly string[] _folded;

    public CodeSetIndex(IEnumerable<CodeSetEntry> entries)
    {
        _byCode = new Dictionary<string, CodeSetEntry>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            _byCode[entry.Code] = entry;
        }

        _ordered = [.. _byCode.Values.OrderBy(e => e.Code, StringComparer.Ordinal)];
        _folded = [.. _ordered.Select(e => e.Description.ToUpperInvariant())];
        Billable = _ordered.Count(e => e.Billable);
    }

    public int Count => _ordered.Length;

    public int Billable { get; }

    public CodeSetMatch Find(string code)
    {
        var key = Normalize(code);
        return _byCode.TryGetValue(key, out var entry) ? Match(entry) with { Code = code } : new CodeSetMatch(code, false, false, null);
    }

    /// <summary>Codes that start with the query (dots and case ignored), then codes whose description holds every word.</summary>
    public IReadOnlyList<CodeSetMatch> Search(string query, int limit)
    {
        var prefix = Normalize(query);
        var words = query.ToUpperInvariant().Split((char[])[' ', ',', ';', '-', '/'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (words.Length == 0 || limit <= 0)
        {
            return [];
        }

        var byPrefix = prefix.Length == 0 ? [] : _ordered.Where(e => e.Code.StartsWith(prefix, StringComparison.Ordinal));
        var byWords = Enumerable.Range(0, _ordered.Length)
            .Where(i => words.All(w => _folded[i].Contains(w, StringComparison.Ordinal)))
            .Select(i => _ordered[i]);
        return byPrefix.Concat(byWords).Distinct().Take(limit).Select(Match).ToList();
    }

    private static CodeSetMatch Match(CodeSetEntry entry) => new(entry.Code, true, entry.Billable, entry.Description);

    /// <summary>Upper case without dots or spaces: "e11.9" finds E119.</summary>
    public static string Normalize(string code) =>
        string.Concat(code.Where(c => c is not ('.' or ' '))).ToUpperInvariant();
}
