using Mesh.Grains.Denials;
using Mesh.Grains.Denials.Model;
using Mesh.Grains.Denials.Risk;
using Mesh.TestSupport.Claims;

namespace Mesh.Grains.Tests.Denials;

/// <summary>One model trained once on a generated history, shared by the tests that judge it.</summary>
public sealed class TrainedModelFixture : IDisposable
{
    public TrainedModelFixture()
    {
        History = new ClaimHistoryGenerator(seed: 16).Generate(4000);
        Rules = DenialRules.Create(new DenialRulesOptions());
        Trained = new DenialModelTrainer(Rules).Train(History.Select(claim => claim.Labeled).ToList());
    }

    public IReadOnlyList<SyntheticClaim> History { get; }

    public DenialRules Rules { get; }

    public TrainedDenialModel Trained { get; }

    public void Dispose() => Trained.Model.Dispose();
}

public sealed class DenialModelTests(TrainedModelFixture fixture) : IClassFixture<TrainedModelFixture>
{
    [Fact]
    public void Model_BeatsTheRulesOnHeldOutClaims()
    {
        var trained = fixture.Trained;

        Assert.Equal(3200, trained.TrainingClaims);
        Assert.Equal(800, trained.TestClaims);
        Assert.True(trained.Figures.Auc > trained.RulesFigures.Auc + 0.05, $"model {trained.Figures} vs rules {trained.RulesFigures}");
        Assert.True(trained.Figures.Recall > trained.RulesFigures.Recall, $"model {trained.Figures} vs rules {trained.RulesFigures}");
        Assert.InRange(trained.Figures.Precision, 0.6, 1);
    }

    [Theory]
    [InlineData(ClaimHistoryGenerator.TherapyWithoutAuthorization)]
    [InlineData(ClaimHistoryGenerator.ShortFilingLimit)]
    [InlineData(ClaimHistoryGenerator.TherapyForUnrelatedDiagnosis)]
    public void Model_FindsMechanismsTheRulesDoNotKnow(string mechanism)
    {
        var planted = fixture.History.Where(claim => claim.Mechanisms.SequenceEqual([mechanism])).Select(claim => claim.Labeled.Claim).ToList();
        var clean = fixture.History.Where(claim => claim.Mechanisms.Count == 0).Select(claim => claim.Labeled.Claim).Take(500).ToList();

        var plantedModel = fixture.Trained.Model.PredictProbabilities(planted).Average();
        var cleanModel = fixture.Trained.Model.PredictProbabilities(clean).Average();
        var plantedRules = planted.Average(claim => fixture.Rules.Probability(fixture.Rules.Check(claim, RiskContext.Empty)));

        Assert.True(planted.Count >= 20, $"only {planted.Count} claims carry {mechanism}");
        Assert.True(plantedModel > 0.6, $"{mechanism}: model {plantedModel:F3}");
        Assert.True(cleanModel < 0.15, $"clean claims: model {cleanModel:F3}");
        Assert.True(plantedRules < 0.3, $"{mechanism}: rules {plantedRules:F3}");
    }

    [Fact]
    public void Score_ExplainsWithTheFeaturesThatPushedIt_AndSuggestsFixes()
    {
        var claim = ClaimHistoryGenerator.Claim(
            "X1", ("BCX", "Blue Cross Example"), [SampleDenials.Line(1, "97110", 90m)], [new Mesh.Grains.Claims.ClaimDiagnosis("M5450", "ABK", 1)],
            null, SampleDenials.Service, 10);

        var risk = DenialScorer.Score(fixture.Rules, fixture.Trained.Model, 3, claim, RiskContext.Empty);
        var authorized = DenialScorer.Score(fixture.Rules, fixture.Trained.Model, 3, claim with { PriorAuthorization = "PA1" }, RiskContext.Empty);

        Assert.Equal(RiskBasis.Model, risk.Basis);
        Assert.Equal(3, risk.ModelVersion);
        Assert.True(risk.Probability > 0.6, $"{risk.Probability}");
        Assert.True(authorized.Probability < 0.3, $"{authorized.Probability}");
        Assert.Empty(risk.Rules);
        Assert.Contains(risk.Contributions.Take(3), contribution =>
            contribution.Contribution > 0 && (contribution.Feature == "prior_authorization" || contribution.Feature.StartsWith("payer_procedure=BCX|97110", StringComparison.Ordinal)));
        Assert.Contains(risk.SuggestedFixes, fix => fix.Contains("authorization", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void BatchScores_MatchOneByOne_AndExplainTheClaimsAtRisk()
    {
        var claims = fixture.History.Take(300).Select(claim => claim.Labeled.Claim).ToList();

        var batch = DenialScorer.ScoreMany(fixture.Rules, fixture.Trained.Model, 1, claims, RiskContext.Empty);

        Assert.Equal(claims.Select(claim => claim.ClaimId), batch.Select(risk => risk.ClaimId));
        for (var i = 0; i < claims.Count; i++)
        {
            var single = DenialScorer.Score(fixture.Rules, fixture.Trained.Model, 1, claims[i], RiskContext.Empty);
            Assert.Equal(single.Probability, batch[i].Probability, 4);
            Assert.Equal(single.Rules, batch[i].Rules);
            if (batch[i].Contributions.Count > 0)
            {
                Assert.Equal(single.Contributions, batch[i].Contributions);
            }

            // With no rule fired the score is the model's own, so at or above the cut it must be explained.
            Assert.False(batch[i].Rules.Count == 0 && batch[i].Probability >= DenialScorer.ExplainFrom && batch[i].Contributions.Count == 0, claims[i].ClaimId);
        }

        Assert.Contains(batch, risk => risk.Contributions.Count > 0);
        Assert.Contains(batch, risk => risk.Contributions.Count == 0);
    }

    [Fact]
    public void SavedModel_LoadsAndScoresTheSame()
    {
        var claims = fixture.History.Take(50).Select(claim => claim.Labeled.Claim).ToList();

        using var loaded = DenialModel.Load(fixture.Trained.Model.Save());

        Assert.Equal(fixture.Trained.Model.PredictProbabilities(claims), loaded.PredictProbabilities(claims));
        Assert.Equal(fixture.Trained.Model.Predict(claims[0]).Probability, loaded.Predict(claims[0]).Probability, 5);
    }

    [Fact]
    public void ShortHistory_IsRefusedSayingHowManyClaimsAreNeeded()
    {
        var history = fixture.History.Take(150).Select(claim => claim.Labeled).ToList();

        var refused = Assert.Throws<NotEnoughHistoryException>(() => new DenialModelTrainer(fixture.Rules).Train(history));

        Assert.Equal(150, refused.Claims);
        Assert.Equal(DenialModelTrainer.MinimumClaims, refused.ClaimsNeeded);
        Assert.Contains("at least 200 claims", refused.Message);
    }

    [Fact]
    public void HistoryWithoutEnoughDenials_IsRefused()
    {
        var history = fixture.History.Where(claim => !claim.Labeled.Denied).Take(300)
            .Concat(fixture.History.Where(claim => claim.Labeled.Denied).Take(5)).Select(claim => claim.Labeled).ToList();

        var refused = Assert.Throws<NotEnoughHistoryException>(() => new DenialModelTrainer(fixture.Rules).Train(history));

        Assert.Equal(5, refused.DeniedClaims);
    }
}
