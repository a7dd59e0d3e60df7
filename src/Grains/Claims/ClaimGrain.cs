using Mesh.Grains.Claims.Contracts;
using Mesh.Grains.Claims.Index;
using Mesh.Grains.Patients;
using Mesh.Grains.Telemetry;
using Orleans;

namespace Mesh.Grains.Claims;

/// <summary>
/// One claim of one clinic: the claim as submitted, its remittances in order and the contract checks of their lines.
/// Every change is written to the grain's state first and then to the clinic's claim index, which lists claims and
/// denials without activating a grain per claim. A call that changes nothing still rewrites the index row, so a retry
/// after a failed index write repairs it.
/// </summary>
public sealed class ClaimGrain(
    [PersistentState("claim")] IPersistentState<ClaimState> claim,
    ClaimIndexWriter index,
    TimeProvider time) : Grain, IClaimGrain
{
    public async Task<ClaimSubmitResult> SubmitAsync(ClaimRecord submitted)
    {
        var state = claim.State;
        var interchange = $"{submitted.Submission.Sender}/{submitted.Submission.InterchangeControlNumber}";
        var outcome = Decide(state, submitted, interchange);
        switch (outcome)
        {
            case ClaimSubmitOutcome.Created or ClaimSubmitOutcome.Replaced:
                state.Claim = submitted;
                state.Voided = false;
                state.Interchanges.Add(interchange);
                Record(outcome == ClaimSubmitOutcome.Created ? "submitted" : "replaced", interchange);
                break;
            case ClaimSubmitOutcome.Voided:
                state.Voided = true;
                state.Interchanges.Add(interchange);
                Record("voided", interchange);
                break;
            case ClaimSubmitOutcome.UnknownClaim:
                return new ClaimSubmitResult(outcome, null);
        }

        if (outcome is ClaimSubmitOutcome.Created or ClaimSubmitOutcome.Replaced or ClaimSubmitOutcome.Voided)
        {
            await claim.WriteOrForgetAsync(this);
        }

        return new ClaimSubmitResult(outcome, await IndexAsync());
    }

    public async Task<ClaimSubmitResult> SubmitVersionAsync(ClaimVersion version)
    {
        // The version the patient keeps is the claim: an older version whose call arrives after a newer one's changes
        // nothing. The grain handles one call at a time, so this check and the submission are one step, and whether it is
        // new or a replacement is decided here, not from what the caller read before.
        if (!await KeepsAsync(version.PatientId, version.Version))
        {
            return new ClaimSubmitResult(ClaimSubmitOutcome.Superseded, null);
        }

        var submitted = version.Claim;
        var frequency = submitted.FrequencyCode == "8" ? "8" : claim.State.Claim is null ? "1" : "7";
        return await SubmitAsync(submitted with { FrequencyCode = frequency });
    }

    public Task<ClaimView?> GetAsync()
    {
        var state = claim.State;
        if (state.Claim is not { } record)
        {
            return Task.FromResult<ClaimView?>(null);
        }

        var counted = ClaimLedger.Effective(state.Remittances).Select(r => r.Sequence).ToHashSet();
        return Task.FromResult<ClaimView?>(new ClaimView(
            record,
            ClaimLedger.Status(state.Voided, state.Remittances),
            [.. state.History],
            [.. state.Remittances],
            ClaimLedger.Balance(record, state.Remittances),
            [.. state.ContractChecks.Where(c => counted.Contains(c.RemittanceSequence))]));
    }

    public async Task<ClaimRemittanceResult?> ApplyRemittanceAsync(RemittancePayment payment)
    {
        var state = claim.State;
        if (state.Claim is not { } record)
        {
            return null;
        }

        if (state.Remittances.FirstOrDefault(r => IsSame(r.Payment, payment)) is { } earlier)
        {
            return new ClaimRemittanceResult(false, earlier.Sequence, await IndexAsync(),
                [.. state.ContractChecks.Where(c => c.RemittanceSequence == earlier.Sequence)]);
        }

        var sequence = state.Remittances.Count + 1;
        var remittance = new ClaimRemittance(sequence, payment, null);
        IReadOnlyList<ContractLineCheck> checks = [];
        if (payment.Status == RemittanceStatus.Reversed)
        {
            if (ClaimLedger.Reversed(state.Remittances, payment) is { } undone)
            {
                state.Remittances[undone.Sequence - 1] = undone with { ReversedBy = sequence };
            }
        }
        else
        {
            checks = ContractChecker.Check(record, remittance, await RatesAsync(record, payment));
            state.ContractChecks.AddRange(checks);
        }

        state.Remittances.Add(remittance);
        var status = ClaimLedger.Status(state.Voided, state.Remittances);
        state.History.Add(new ClaimStatusChange(status, time.GetUtcNow(), $"remittance {payment.Source.TraceNumber}: {payment.Status.ToString().ToLowerInvariant()}"));
        await claim.WriteOrForgetAsync(this);
        foreach (var denial in ClaimDenials.Find(record, [remittance]))
        {
            MeshMetrics.DenialRecorded(denial.Group);
        }

        return new ClaimRemittanceResult(true, sequence, await IndexAsync(), checks);
    }

    public async Task<RemittanceReplacementResult?> ReplaceRemittanceAsync(RemittanceReplacement replacement)
    {
        if (claim.State.Claim is null)
        {
            return null;
        }

        // The version the patient keeps is the one that counts: an older version whose call arrives after a newer one's
        // has nothing to do here. The grain handles one call at a time, so this check and the writes below are one step.
        if (!await KeepsAsync(replacement.PatientId, replacement.Version))
        {
            return new RemittanceReplacementResult(RemittanceReplacementOutcome.Superseded, null, null);
        }

        var payment = replacement.Payment;
        var earlier = RemittanceVersions.Counting(claim.State.Remittances, replacement);
        if (earlier?.Payment.Source.InterchangeControlNumber == payment.Source.InterchangeControlNumber)
        {
            return new RemittanceReplacementResult(RemittanceReplacementOutcome.Unchanged, null, null);
        }

        var reversal = earlier is null ? null : await ApplyRemittanceAsync(RemittanceVersions.Reversal(earlier.Payment, payment.Source));
        if (replacement.OnlyReverses)
        {
            return new RemittanceReplacementResult(
                reversal is null ? RemittanceReplacementOutcome.NothingToReverse : RemittanceReplacementOutcome.Reversed, reversal, null);
        }

        var applied = await ApplyRemittanceAsync(payment);
        return new RemittanceReplacementResult(
            reversal is null ? RemittanceReplacementOutcome.Applied : RemittanceReplacementOutcome.Replaced, reversal, applied);
    }

    /// <summary>Whether the patient keeps <paramref name="version"/> of the document now.</summary>
    private async Task<bool> KeepsAsync(string patientId, PatientResource version)
    {
        var tenant = TenantKeys.Parse(this.GetPrimaryKeyString()).Tenant;
        var kept = await GrainFactory.GetGrain<IPatientGrain>(PatientKeys.For(tenant, patientId)).GetResourceAsync(version.Key);
        return ResourceVersions.IsKept(kept, version);
    }

    private static ClaimSubmitOutcome Decide(ClaimState state, ClaimRecord submitted, string interchange)
    {
        if (state.Interchanges.Contains(interchange))
        {
            return ClaimSubmitOutcome.Unchanged;
        }

        return (state.Claim, submitted.FrequencyCode) switch
        {
            (null, "7" or "8") => ClaimSubmitOutcome.UnknownClaim,
            (null, _) => ClaimSubmitOutcome.Created,
            (_, "7") => ClaimSubmitOutcome.Replaced,
            (_, "8") => ClaimSubmitOutcome.Voided,
            _ => ClaimSubmitOutcome.DuplicateClaimId,
        };
    }

    /// <summary>The same payment again: same remittance, trace, payer claim number, CLP02 and amount.</summary>
    private static bool IsSame(RemittancePayment a, RemittancePayment b) =>
        a.Source.InterchangeControlNumber == b.Source.InterchangeControlNumber && a.Source.TraceNumber == b.Source.TraceNumber
        && a.PayerClaimId == b.PayerClaimId && a.StatusCode == b.StatusCode && a.Paid == b.Paid && a.Billed == b.Billed;

    /// <summary>The rate card of the claim's payer, or else of the payer the remittance names.</summary>
    private async Task<RateCard?> RatesAsync(ClaimRecord record, RemittancePayment payment)
    {
        var tenant = TenantKeys.Parse(this.GetPrimaryKeyString()).Tenant;
        return await GrainFactory.GetGrain<IContractGrain>(TenantKeys.For(tenant, record.Payer.Id)).GetAsync()
            ?? (payment.Source.Payer.Id == record.Payer.Id ? null
                : await GrainFactory.GetGrain<IContractGrain>(TenantKeys.For(tenant, payment.Source.Payer.Id)).GetAsync());
    }

    private void Record(string what, string interchange)
    {
        var status = ClaimLedger.Status(claim.State.Voided, claim.State.Remittances);
        claim.State.History.Add(new ClaimStatusChange(status, time.GetUtcNow(), $"{what} in interchange {interchange}"));
    }

    private async Task<ClaimSummary> IndexAsync()
    {
        var state = claim.State;
        var record = state.Claim!;
        var summary = new ClaimSummary(
            record.ClaimId,
            record.PatientId,
            $"{record.Patient.GivenName} {record.Patient.FamilyName}".Trim(),
            record.Payer.Id,
            record.Payer.Name,
            ClaimLedger.Status(state.Voided, state.Remittances),
            record.ServiceFrom,
            record.ServiceTo,
            ClaimLedger.Balance(record, state.Remittances),
            state.History.Count > 0 ? state.History[^1].At : time.GetUtcNow());
        var tenant = TenantKeys.Parse(this.GetPrimaryKeyString()).Tenant;
        await index.WriteAsync(new ClaimIndexEntry(tenant, summary, state.Remittances.Count == 0 ? null : ClaimDenials.Find(record, state.Remittances)));
        return summary;
    }
}
