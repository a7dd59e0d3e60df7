using Microsoft.ML;

namespace Mesh.Grains.Denials.Model;

/// <summary>Judges any scorer's probabilities against outcomes with ML.NET's binary classification evaluator.</summary>
public static class ScorerJudge
{
    /// <summary>The probability at or above which a claim is flagged as likely denied.</summary>
    public const float Threshold = 0.5f;

    /// <summary>AUC, precision and recall of <paramref name="probabilities"/> against <paramref name="denied"/>.</summary>
    public static ScorerFigures Judge(MLContext ml, IReadOnlyList<float> probabilities, IReadOnlyList<bool> denied)
    {
        var rows = probabilities.Select((probability, i) => new ScoredOutcome
        {
            Label = denied[i],
            Probability = probability,
            Score = Logit(probability),
            PredictedLabel = probability >= Threshold,
        });
        var metrics = ml.BinaryClassification.Evaluate(ml.Data.LoadFromEnumerable(rows));
        return new ScorerFigures(Round(metrics.AreaUnderRocCurve), Round(metrics.PositivePrecision), Round(metrics.PositiveRecall));
    }

    // The evaluator flags a claim by its score against 0, as for a raw margin: the log-odds put that cut at probability 0.5.
    private static float Logit(float probability)
    {
        var p = Math.Clamp(probability, 1e-6f, 1 - 1e-6f);
        return MathF.Log(p / (1 - p));
    }

    private static double Round(double value) => double.IsNaN(value) ? 0 : Math.Round(value, 4);

    private sealed class ScoredOutcome
    {
        public bool Label { get; set; }

        public float Score { get; set; }

        public float Probability { get; set; }

        public bool PredictedLabel { get; set; }
    }
}
