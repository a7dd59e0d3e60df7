using Mesh.Grains.Claims.X12;
using Mesh.Grains.Denials;
using Mesh.Grains.Telemetry;
using Orleans;

namespace Mesh.Grains.Claims.Import;

/// <summary>Turns a read 837 into import outcomes, and the claim grains' answers into the final ones.</summary>
internal static class ClaimImports
{
    /// <summary>The outcome of the reading alone: accepted claims not yet stored.</summary>
    public static ClaimImportResult Read(ClaimFile file) => new(
        file.Interchange,
        [.. file.Claims.Select(e => new ClaimImportOutcome(e.ClaimId, e.ClaimId, e.Accepted, null, e.Errors))],
        file.Errors,
        file.Acknowledgement,
        false,
        null,
        file.Claims.Count);

    /// <summary>
    /// Submits the accepted claims of <paramref name="outcomes"/> (read from <paramref name="entries"/>, in the same
    /// order) and fills in what each submission did. A claim its grain refuses (an original for an id already
    /// submitted, a replacement of an unknown claim) becomes rejected, with an issue at its CLM.
    /// </summary>
    public static async Task<List<ClaimImportOutcome>> SubmitAsync(
        IGrainFactory grains, string tenant, IReadOnlyList<ClaimImportOutcome> outcomes, IReadOnlyList<ClaimFileEntry> entries)
    {
        var claims = entries.Select(e => e.Claim).ToList();
        var accepted = claims.Where((c, i) => c is not null && outcomes[i].Accepted).Select(c => c!).ToList();
        var submitted = await SubmitAsync(grains, tenant, accepted, "x12").ConfigureAwait(false);
        var results = new List<ClaimImportOutcome>(outcomes.Count);
        var next = 0;
        for (var i = 0; i < outcomes.Count; i++)
        {
            if (!outcomes[i].Accepted || claims[i] is null)
            {
                results.Add(outcomes[i]);
                continue;
            }

            var result = submitted[next++];
            results.Add(Refusal(result.Outcome, claims[i]!, entries[i].ClmPosition) is { } refusal
                ? outcomes[i] with { Accepted = false, Outcome = result.Outcome, Errors = [refusal] }
                : outcomes[i] with { Outcome = result.Outcome });
        }

        return results;
    }

    /// <summary>Submits claims to their grains and counts the stored ones under <paramref name="source"/>.</summary>
    public static async Task<ClaimSubmitResult[]> SubmitAsync(IGrainFactory grains, string tenant, IReadOnlyList<ClaimRecord> claims, string source) =>
        Counted(await ClaimSubmitter.SubmitAsync(grains, tenant, claims).ConfigureAwait(false), source);

    /// <summary>Counts the claims a submission stored under <paramref name="source"/>, whatever format they were read from.</summary>
    public static ClaimSubmitResult[] Counted(ClaimSubmitResult[] submitted, string source)
    {
        MeshMetrics.ClaimsWereImported(submitted.Count(r => r.Outcome is ClaimSubmitOutcome.Created or ClaimSubmitOutcome.Replaced), source);
        return submitted;
    }

    /// <summary>Applies payments to the clinic's claims: one outcome per payment, in order, without a status for a claim the clinic does not have.</summary>
    public static async Task<List<RemittanceImportOutcome>> ApplyAsync(
        IGrainFactory grains, string tenant, IReadOnlyList<RemittancePayment> payments, IReadOnlyList<IReadOnlyList<X12Issue>> errors)
    {
        var applied = await ClaimSubmitter.ApplyAsync(grains, tenant, payments).ConfigureAwait(false);
        return [.. applied.Select((result, i) => result is null
            ? new RemittanceImportOutcome(payments[i], false, null, [], errors[i])
            : new RemittanceImportOutcome(payments[i], result.Applied, result.Summary.Status, result.ContractChecks, errors[i]))];
    }

    /// <summary>
    /// Adds the denial risk of each accepted claim (one call to the clinic's model grain for the whole file), so the
    /// biller sees before the payer does which claims are likely to be denied and why.
    /// </summary>
    public static Task<List<ClaimImportOutcome>> ScoreAsync(
        IGrainFactory grains, string tenant, IReadOnlyList<ClaimImportOutcome> outcomes, IReadOnlyList<ClaimFileEntry> entries) =>
        ScoreAsync(grains, tenant, outcomes, [.. entries.Select(e => e.Claim)]);

    /// <summary>The same for claims read from any format: <paramref name="claims"/> in the order of <paramref name="outcomes"/>.</summary>
    public static async Task<List<ClaimImportOutcome>> ScoreAsync(
        IGrainFactory grains, string tenant, IReadOnlyList<ClaimImportOutcome> outcomes, IReadOnlyList<ClaimRecord?> claims)
    {
        var accepted = Enumerable.Range(0, outcomes.Count).Where(i => outcomes[i].Accepted && claims[i] is not null).ToList();
        if (accepted.Count == 0)
        {
            return [.. outcomes];
        }

        var risks = await grains.GetGrain<IDenialModelGrain>(tenant).ScoreManyAsync([.. accepted.Select(i => claims[i]!)]).ConfigureAwait(false);
        var results = outcomes.ToList();
        for (var k = 0; k < accepted.Count; k++)
        {
            results[accepted[k]] = results[accepted[k]] with { Risk = risks[k] };
        }

        return results;
    }

    private static X12Issue? Refusal(ClaimSubmitOutcome outcome, ClaimRecord claim, int clmPosition) => outcome switch
    {
        ClaimSubmitOutcome.DuplicateClaimId => new X12Issue("CLM", clmPosition, 1, null, X12IssueCodes.DuplicateClaimId,
            $"Claim {claim.ClaimId} was submitted before in another interchange; send a replacement (CLM05-3 = 7) to change it."),
        ClaimSubmitOutcome.UnknownClaim => new X12Issue("CLM", clmPosition, 5, 3, "unknown_claim",
            $"Claim {claim.ClaimId} was never submitted, so it cannot be replaced or voided (CLM05-3 = {claim.FrequencyCode})."),
        _ => null,
    };
}
