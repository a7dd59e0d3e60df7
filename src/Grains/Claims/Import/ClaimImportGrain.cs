using Mesh.Grains.Claims.CodeSets;
using Mesh.Grains.Claims.X12;
using Orleans;
using Orleans.Concurrency;

namespace Mesh.Grains.Claims.Import;

/// <summary>
/// Reads a clinic's X12 files in the silo, with the cluster's code sets (one batch lookup per set and file), and hands
/// the claims and payments to their grains. A stateless worker, so several files are read at once on every silo;
/// nothing here is kept between calls.
/// </summary>
[StatelessWorker]
public sealed class ClaimImportGrain(TimeProvider time) : Grain, IClaimImportGrain
{
    /// <summary>Files with more claims than this are imported in the background.</summary>
    public const int BatchThreshold = 1000;

    public async Task<ClaimImportResult> ImportClaimsAsync(string x12)
    {
        var file = ClaimFileReader.Read(x12, time.GetUtcNow(), await GrainFactory.DiagnosesAsync(X12CodeScan.Diagnoses(x12)));
        var read = ClaimImports.Read(file);
        if (file.Interchange is not { } envelope)
        {
            return read;
        }

        var interchange = GrainFactory.GetGrain<IClaimInterchangeGrain>(TenantKeys.For(Tenant, $"{envelope.Sender}.{envelope.ControlNumber}"));
        if (await interchange.GetAsync() is { } first)
        {
            return first with { Duplicate = true };
        }

        if (file.Claims.Count > BatchThreshold)
        {
            return await interchange.StartBatchAsync(read, x12);
        }

        var outcomes = await ClaimImports.SubmitAsync(GrainFactory, Tenant, read.Claims, file.Claims);
        var scored = await ClaimImports.ScoreAsync(GrainFactory, Tenant, outcomes, file.Claims);
        return await interchange.RecordAsync(read with { Claims = scored });
    }

    public async Task<RemittanceImportResult> ImportRemittancesAsync(string x12)
    {
        var (adjustments, remarks) = X12CodeScan.Reasons(x12);
        var file = RemittanceFileReader.Read(x12, time.GetUtcNow(), await GrainFactory.ReasonsAsync(adjustments, remarks));
        var readable = file.Payments.Where(e => e.Payment is not null).ToList();
        var outcomes = await ClaimImports.ApplyAsync(GrainFactory, Tenant, [.. readable.Select(e => e.Payment!)], [.. readable.Select(e => e.Errors)]);
        var unmatched = file.Payments.Where(e => e.Payment is null).Select(e => new RemittanceImportOutcome(null, false, null, [], e.Errors)).ToList();
        unmatched.AddRange(outcomes.Where(o => o.Status is null));
        return new RemittanceImportResult(file.Interchange, [.. outcomes.Where(o => o.Status is not null)], unmatched, file.PaymentTotal, file.Errors);
    }

    public async Task<IReadOnlyList<ClaimImportOutcome>> SubmitClaimsAsync(IReadOnlyList<ClaimVersion> claims, string source)
    {
        var submitted = ClaimImports.Counted(await ClaimSubmitter.SubmitVersionsAsync(GrainFactory, Tenant, claims), source);
        var outcomes = claims.Select((version, i) => new ClaimImportOutcome(version.Claim.ClaimId, version.Claim.ClaimId,
            submitted[i].Outcome is not (ClaimSubmitOutcome.DuplicateClaimId or ClaimSubmitOutcome.UnknownClaim or ClaimSubmitOutcome.Superseded),
            submitted[i].Outcome, [])).ToList();
        return await ClaimImports.ScoreAsync(GrainFactory, Tenant, outcomes, [.. claims.Select(c => c.Claim)]);
    }

    private string Tenant => this.GetPrimaryKeyString();
}
