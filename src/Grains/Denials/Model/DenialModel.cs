using Microsoft.ML;
using Microsoft.ML.Data;
using Mesh.Grains.Claims;

namespace Mesh.Grains.Denials.Model;

/// <summary>
/// A trained model loaded for scoring: featurization, the FastTree classifier and ML.NET's feature contributions in one
/// chain. Not thread-safe (ML.NET's prediction engine is not): one owner, such as the clinic's model grain, uses it.
/// </summary>
public sealed class DenialModel : IDisposable
{
    private const int ContributionsShown = 5;

    private readonly MLContext _ml;
    private readonly ITransformer _chain;
    private readonly PredictionEngine<ClaimFeatures, ClaimPrediction> _engine;
    private readonly string[] _slots;

    internal DenialModel(MLContext ml, ITransformer chain, DataViewSchema inputSchema)
    {
        _ml = ml;
        _chain = chain;
        InputSchema = inputSchema;
        _engine = ml.Model.CreatePredictionEngine<ClaimFeatures, ClaimPrediction>(chain, inputSchema);
        _slots = SlotNames(chain.GetOutputSchema(inputSchema));
    }

    /// <summary>The schema of <see cref="ClaimFeatures"/> the chain was trained on.</summary>
    internal DataViewSchema InputSchema { get; }

    /// <summary>Loads a model saved by <see cref="Save"/>.</summary>
    public static DenialModel Load(byte[] saved)
    {
        var ml = new MLContext(seed: 0);
        using var stream = new MemoryStream(saved, writable: false);
        var chain = ml.Model.Load(stream, out var schema);
        return new DenialModel(ml, chain, schema);
    }

    /// <summary>The model as bytes (ML.NET's zip format), to store.</summary>
    public byte[] Save()
    {
        using var stream = new MemoryStream();
        _ml.Model.Save(_chain, InputSchema, stream);
        return stream.ToArray();
    }

    /// <summary>The probability of denial of <paramref name="claim"/> and the features that pushed it most.</summary>
    public (double Probability, IReadOnlyList<RiskContribution> Contributions) Predict(ClaimRecord claim)
    {
        var prediction = _engine.Predict(ClaimFeatureExtractor.From(claim));
        var contributions = prediction.FeatureContributions
            .Select((weight, slot) => (weight, slot))
            .Where(item => item.weight != 0)
            .OrderByDescending(item => Math.Abs(item.weight))
            .Take(ContributionsShown)
            .Select(item => new RiskContribution(FeatureNames.Readable(_slots[item.slot]), Math.Round(item.weight, 4)))
            .ToList();
        return (prediction.Probability, contributions);
    }

    /// <summary>Scores many claims at once through ML.NET's batch transform (faster than one by one).</summary>
    public float[] PredictProbabilities(IEnumerable<ClaimRecord> claims)
    {
        var data = _ml.Data.LoadFromEnumerable(claims.Select(claim => ClaimFeatureExtractor.From(claim)));
        return _chain.Transform(data).GetColumn<float>("Probability").ToArray();
    }

    /// <inheritdoc />
    public void Dispose() => _engine.Dispose();

    private static string[] SlotNames(DataViewSchema schema)
    {
        var features = schema["Features"];
        var names = default(VBuffer<ReadOnlyMemory<char>>);
        features.GetSlotNames(ref names);
        var slots = new string[names.Length];
        var index = 0;
        foreach (var name in names.DenseValues())
        {
            slots[index++] = name.ToString();
        }

        return slots;
    }
}
