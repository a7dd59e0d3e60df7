namespace Mesh.Grains.AI.Offline;

/// <summary>Log-probabilities of character grams in one language, with add-one smoothing for grams never seen.</summary>
internal sealed class LanguageProfile
{
    private readonly Dictionary<string, double> _logProbabilities = new(StringComparer.Ordinal);
    private readonly double[] _unseen = new double[CharacterNGrams.MaxLength + 1];

    public LanguageProfile(string language, string sample)
    {
        Language = language;
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var gram in CharacterNGrams.Extract(sample, out _))
        {
            counts[gram] = counts.GetValueOrDefault(gram) + 1;
        }

        // Each gram length is its own distribution, so trigrams are not drowned out by the far more frequent unigrams.
        for (var length = 1; length <= CharacterNGrams.MaxLength; length++)
        {
            var ofLength = counts.Where(pair => pair.Key.Length == length).ToList();
            var denominator = ofLength.Sum(pair => pair.Value) + ofLength.Count + 1.0;
            _unseen[length] = Math.Log(1 / denominator);
            foreach (var (gram, count) in ofLength)
            {
                _logProbabilities[gram] = Math.Log((count + 1) / denominator);
            }
        }
    }

    public string Language { get; }

    public double Score(IEnumerable<string> grams) =>
        grams.Sum(gram => _logProbabilities.TryGetValue(gram, out var logP) ? logP : _unseen[gram.Length]);
}
