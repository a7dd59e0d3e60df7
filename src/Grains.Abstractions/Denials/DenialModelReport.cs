using Orleans;

namespace Mesh.Grains.Denials;

/// <summary>How well a scorer separated denied from paid claims on held-out claims.</summary>
/// <param name="Auc">Area under the ROC curve.</param>
/// <param name="Precision">Of the claims flagged (probability at least 0.5), the share that were denied.</param>
/// <param name="Recall">Of the denied claims, the share flagged.</param>
[GenerateSerializer, Alias("Mesh.Grains.Denials.ScorerFigures"), Immutable]
public sealed record ScorerFigures(double Auc, double Precision, double Recall);

/// <summary>One training of a clinic's denial model, judged beside the rules on the same held-out claims.</summary>
/// <param name="Version">The model version, 1 for the first training.</param>
/// <param name="TrainedAt">When it was trained.</param>
/// <param name="TrainingClaims">Claims it learned from (80% of the history).</param>
/// <param name="TestClaims">Claims it was judged on (the other 20%).</param>
/// <param name="DenialRate">The share of denied claims in the history.</param>
/// <param name="Model">The model's figures on the test claims.</param>
/// <param name="Rules">The rules' figures on the same claims.</param>
/// <param name="InUse">Whether the model beat the rules (higher AUC) and so scores new claims.</param>
/// <param name="TrainSeconds">How long training took.</param>
[GenerateSerializer, Alias("Mesh.Grains.Denials.DenialModelReport"), Immutable]
public sealed record DenialModelReport(
    int Version,
    DateTimeOffset TrainedAt,
    int TrainingClaims,
    int TestClaims,
    double DenialRate,
    ScorerFigures Model,
    ScorerFigures Rules,
    bool InUse,
    double TrainSeconds);
