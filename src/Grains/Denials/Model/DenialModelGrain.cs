using Mesh.Grains.Claims;
using Mesh.Grains.Denials.Risk;
using Orleans;

namespace Mesh.Grains.Denials.Model;

/// <summary>A clinic's denial scorer: the rules always, the learned model when its latest training beat them.</summary>
public sealed class DenialModelGrain(
    [PersistentState("denialModel")] IPersistentState<DenialModelState> state,
    DenialRules rules,
    TimeProvider time) : Grain, IDenialModelGrain
{
    private DenialModel? _model;

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (state.State.Model is { } saved)
        {
            _model = DenialModel.Load(saved);
        }

        return Task.CompletedTask;
    }

    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        _model?.Dispose();
        return Task.CompletedTask;
    }

    public async Task<DenialModelReport> TrainAsync(IReadOnlyList<LabeledClaim> history)
    {
        var trained = new DenialModelTrainer(rules).Train(history);
        var version = state.State.Reports.Count + 1;
        var inUse = trained.Figures.Auc > trained.RulesFigures.Auc;
        var report = new DenialModelReport(
            version, time.GetUtcNow(), trained.TrainingClaims, trained.TestClaims, trained.DenialRate, trained.Figures, trained.RulesFigures, inUse, trained.TrainSeconds);
        state.State.Reports.Add(report);
        state.State.Model = inUse ? trained.Model.Save() : null;
        state.State.ModelVersion = inUse ? version : null;
        await state.WriteStateAsync();
        _model?.Dispose();
        _model = inUse ? trained.Model : null;
        if (!inUse)
        {
            trained.Model.Dispose();
        }

        return report;
    }

    public Task<IReadOnlyList<DenialModelReport>> GetReportsAsync() => Task.FromResult<IReadOnlyList<DenialModelReport>>(state.State.Reports.ToList());

    public Task<DenialRisk> ScoreAsync(ClaimRecord claim, RiskContext context) =>
        Task.FromResult(DenialScorer.Score(rules, _model, state.State.ModelVersion, claim, context));
}
