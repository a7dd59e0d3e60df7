using System.Diagnostics;
using System.Globalization;
using Mesh.Grains.Claims;
using Mesh.Grains.Denials;
using Mesh.Grains.Denials.Appeals;
using Mesh.Grains.Denials.Export;
using Mesh.Grains.Denials.Model;
using Mesh.Grains.Denials.Risk;
using Mesh.TestSupport.Claims;

namespace Mesh.Benchmarks.Denials;

/// <summary>
/// Trains the denial model on 20,000 generated claims (judged on its held-out 20% beside the rules), then scores claims
/// in batches of 1,000 (as an import does) with full explanations, and exports approved appeal letters as DOCX plus PDF, single-threaded.
/// </summary>
public static class DenialsBenchmark
{
    private const int Claims = 20_000;

    // An import scores its claims together, as one batch through the model.
    private const int Batch = 1_000;
    private static readonly TimeSpan Measure = TimeSpan.FromSeconds(5);

    public static Task RunAsync(string[] args)
    {
        var history = new ClaimHistoryGenerator(seed: 2026).Generate(Claims).Select(claim => claim.Labeled).ToList();
        var rules = DenialRules.Create(new DenialRulesOptions());
        var trained = new DenialModelTrainer(rules).Train(history);
        Console.Error.WriteLine($"model {trained.Figures}, rules {trained.RulesFigures}, trained in {trained.TrainSeconds:F2} s");

        var oneByOne = Rate(i => DenialScorer.Score(rules, trained.Model, 1, history[i % history.Count].Claim, RiskContext.Empty));
        var batches = history.Chunk(Batch).Select(batch => batch.Select(claim => claim.Claim).ToList()).ToList();
        var scoresPerSecond = Batch * Rate(i => DenialScorer.ScoreMany(rules, trained.Model, 1, batches[i % batches.Count], RiskContext.Empty));
        Console.Error.WriteLine($"one claim at a time: {oneByOne:F0} scores/s; in batches of {Batch}: {scoresPerSecond:F0} scores/s");
        Console.Error.WriteLine($"rules alone: {Rate(i => rules.Check(history[i % history.Count].Claim, RiskContext.Empty)):F0}/s; probabilities alone: {Batch * Rate(i => trained.Model.PredictProbabilities(batches[i % batches.Count])):F0}/s; features alone: {Rate(i => ClaimFeatureExtractor.From(history[i % history.Count].Claim)):F0}/s");
        var appeals = history.Where(claim => claim.Denied).Take(50).Select(Appeal).ToList();
        var lettersPerSecond = Rate(i =>
        {
            AppealDocx.Build(appeals[i % appeals.Count]);
            AppealPdf.Build(appeals[i % appeals.Count]);
        });
        trained.Model.Dispose();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"denials: train_s={trained.TrainSeconds:F2} claims={Claims} auc={trained.Figures.Auc:F3} rules_auc={trained.RulesFigures.Auc:F3} scores_per_s={scoresPerSecond:F0} letters_per_s={lettersPerSecond:F0}"));
        return Task.CompletedTask;
    }

    private static double Rate(Action<int> work)
    {
        for (var i = 0; i < 3; i++)
        {
            work(i);
        }

        var watch = Stopwatch.StartNew();
        var done = 0;
        while (watch.Elapsed < Measure)
        {
            work(done++);
        }

        return done / watch.Elapsed.TotalSeconds;
    }

    private static AppealVersion Appeal(LabeledClaim labeled, int index)
    {
        var claim = labeled.Claim;
        var lines = claim.Lines.Select(line => new RemittanceLine(
            line.ProcedureCode, line.Modifiers, line.Charge, 0, line.Units, line.ServiceDate, line.LineControlNumber,
            [new RemittanceAdjustment("CO", "197", line.Charge, null, "Precertification/authorization absent.")], [])).ToList();
        var denial = new DenialNotice(DenialSource.Remittance, $"PCN{index}", claim.Submission.CreatedOn.AddDays(30), claim.TotalCharge, 0, [], [], lines);
        var facts = new AppealFacts(claim, denial, [], [new ClinicalQuote("R1", 1, claim.ServiceFrom!.Value, "Pain limits walking to one block; therapy ordered.")]);
        var now = DateTimeOffset.UtcNow;
        return new AppealVersion($"A{index}", $"{claim.ClaimId}.1.1.CO-197", 1, AppealKind.Authorization, AppealStatus.Approved, facts,
            AppealTemplates.Write(AppealKind.Authorization, facts), "biller", now, "approver", now);
    }
}
