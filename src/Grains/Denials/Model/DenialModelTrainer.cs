using System.Diagnostics;
using Mesh.Grains.Denials.Risk;
using Microsoft.ML;
using Microsoft.ML.Trainers.FastTree;

namespace Mesh.Grains.Denials.Model;

/// <summary>A model trained on 80% of a history, with its figures and the rules' on the other 20%.</summary>
public sealed record TrainedDenialModel(DenialModel Model, int TrainingClaims, int TestClaims, double DenialRate, ScorerFigures Figures, ScorerFigures RulesFigures, double TrainSeconds);

/// <summary>
/// Trains ML.NET's FastTree binary classifier on a clinic's claims with their 835 outcomes and judges it beside the
/// rules on held-out claims: denied and paid claims are each split 80/20 (the same split for a given history), so the
/// test share keeps the history's denial rate.
/// </summary>
public sealed class DenialModelTrainer(DenialRules rules)
{
    /// <summary>The fewest claims with an outcome worth training on.</summary>
    public const int MinimumClaims = 200;

    /// <summary>The fewest denied claims, and paid claims, worth training on.</summary>
    public const int MinimumEachOutcome = 20;

    private const double TestShare = 0.2;

    /// <summary>Trains and judges; throws <see cref="NotEnoughHistoryException"/> when the history is too short.</summary>
    public TrainedDenialModel Train(IReadOnlyList<LabeledClaim> history)
    {
        var denied = history.Count(claim => claim.Denied);
        var fewest = Math.Min(denied, history.Count - denied);
        if (history.Count < MinimumClaims || fewest < MinimumEachOutcome)
        {
            throw new NotEnoughHistoryException(
                $"Training needs at least {MinimumClaims} claims with an 835 outcome, at least {MinimumEachOutcome} of them denied and {MinimumEachOutcome} paid; " +
                $"the clinic has {history.Count} ({denied} denied).",
                history.Count, denied, MinimumClaims, MinimumEachOutcome);
        }

        var watch = Stopwatch.StartNew();
        var (train, test) = Split(history);
        var ml = new MLContext(seed: 0);
        var trainData = ml.Data.LoadFromEnumerable(train.Select(claim => ClaimFeatureExtractor.From(claim.Claim, claim.Denied)));
        var featurize = ml.Transforms.Categorical.OneHotEncoding(
                FeatureNames.Categorical.Select(column => new InputOutputColumnPair(column)).ToArray(),
                outputKind: Microsoft.ML.Transforms.OneHotEncodingEstimator.OutputKind.Bag)
            .Append(ml.Transforms.Concatenate("Features", [.. FeatureNames.Categorical, .. FeatureNames.Numeric]));
        var featurizer = featurize.Fit(trainData);
        var featured = featurizer.Transform(trainData);
        var classifier = ml.BinaryClassification.Trainers.FastTree(new FastTreeBinaryTrainer.Options
        {
            NumberOfLeaves = 16,
            NumberOfTrees = 100,
            MinimumExampleCountPerLeaf = 10,
            LearningRate = 0.2,
            FeatureColumnName = "Features",
            LabelColumnName = "Label",
        }).Fit(featured);
        var contributions = ml.Transforms.CalculateFeatureContribution(classifier, numberOfPositiveContributions: 5, numberOfNegativeContributions: 5)
            .Fit(classifier.Transform(featured));
        var chain = featurizer.Append(classifier).Append(contributions);
        var model = new DenialModel(ml, chain, trainData.Schema);
        var seconds = watch.Elapsed.TotalSeconds;

        var outcomes = test.Select(claim => claim.Denied).ToList();
        var modelFigures = ScorerJudge.Judge(ml, model.PredictProbabilities(test.Select(claim => claim.Claim)), outcomes);
        var rulesFigures = ScorerJudge.Judge(ml, RulesProbabilities(test), outcomes);
        return new TrainedDenialModel(model, train.Count, test.Count, Math.Round((double)denied / history.Count, 4), modelFigures, rulesFigures, Math.Round(seconds, 3));
    }

    // History carries no coverage, and duplicates within it were already settled by the payer: the rules judge each
    // claim on its own, as they would have before it was submitted.
    private float[] RulesProbabilities(IEnumerable<LabeledClaim> claims) =>
        claims.Select(claim => (float)rules.Probability(rules.Check(claim.Claim, RiskContext.Empty))).ToArray();

    private static (List<LabeledClaim> Train, List<LabeledClaim> Test) Split(IReadOnlyList<LabeledClaim> history)
    {
        var random = new Random(history.Count);
        var train = new List<LabeledClaim>();
        var test = new List<LabeledClaim>();
        foreach (var outcome in history.GroupBy(claim => claim.Denied))
        {
            var shuffled = outcome.OrderBy(_ => random.Next()).ToList();
            var testCount = (int)Math.Round(shuffled.Count * TestShare);
            test.AddRange(shuffled.Take(testCount));
            train.AddRange(shuffled.Skip(testCount));
        }

        return (train, test);
    }
}
