using Hl7.Fhir.Model;
using Mesh.Grains.Claims;
using Mesh.Grains.Patients;
using Mesh.WebFrontend.Audit;
using Mesh.WebFrontend.Authorization;
using Mesh.WebFrontend.Claims;
using Mesh.WebFrontend.Patients;
using Task = System.Threading.Tasks.Task;

namespace Mesh.WebFrontend.Fhir.Claims;

/// <summary>The Claims and EOBs of one import, mapped and checked, waiting for their patients to be written.</summary>
internal sealed class FhirClaimPlan
{
    /// <summary>Each Claim as a claim of the clinic, with the version the patient will keep.</summary>
    public List<(int Index, ClaimVersion Claim)> Claims { get; } = [];

    /// <summary>Each EOB's payment with the version the patient will keep; a withdrawn EOB's only reverses.</summary>
    public List<(int Index, RemittanceReplacement Payment)> Payments { get; } = [];
}

/// <summary>
/// Hands an import's Claims and ExplanationOfBenefits to the clinic's claims, besides keeping them with the patient:
/// each Claim is mapped and checked against the claims the clinic has before anything is written (so a transaction
/// with a Claim that cannot be one stores nothing), then submitted through the claim import grain as an 837's claims
/// are; each EOB is then applied as an 835's payment is. A newer version of a Claim replaces it; a newer version of an
/// EOB reverses the payment of the older one before its own is applied; the same version again changes nothing.
/// Only billing staff (and the clinic's signed webhook) reach the claims this way, as with the X12 routes.
/// </summary>
internal sealed class FhirClaimHandOff(PatientServices services, IReadOnlyList<FhirEntry> entries, FhirEntryResult[] results, string? bundleId)
{
    private readonly FhirLinks _links = new(entries);
    private readonly ClaimServices _claims = new(services.Grains, services.Audit, services.Time, services.Http);

    // A batch checks entry by entry: each patient's record, demographics and kept EOBs are read once per request.
    private readonly Dictionary<string, PatientRecord?> _records = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ClaimPerson?> _people = new(StringComparer.Ordinal);
    private readonly Dictionary<string, IReadOnlyList<PatientResource>> _keptEobs = new(StringComparer.Ordinal);

    private IClaimImportGrain Import => services.Grains.GetGrain<IClaimImportGrain>(_claims.Tenant);

    /// <summary>Whether the caller may change the clinic's claims: the Billing policy's roles, or the clinic's signed webhook.</summary>
    private bool MayBill
    {
        get
        {
            var user = services.Http.GetClinicUser();
            return ClinicPolicies.RolesByPolicy[ClinicPolicies.Billing].Any(user.IsInRole)
                || services.Http.User.Identity?.AuthenticationType == FhirWebhookApi.AuthenticationType && user.UserId == FhirWebhookApi.IntegrationUserId;
        }
    }

    public async Task<FhirClaimPlan> CheckAsync(IReadOnlyList<FhirPlannedEntry> planned, CancellationToken ct)
    {
        var plan = new FhirClaimPlan();
        var billing = planned.Where(p => p.Resource.ResourceType is "Claim" or "ExplanationOfBenefit" && !results[p.Index].Failed).ToList();
        if (billing.Count == 0)
        {
            return plan;
        }

        var mayBill = MayBill;
        var now = services.Time.GetUtcNow();
        foreach (var entry in billing)
        {
            var (resource, path) = (entries[entry.Index].Resource!, entries[entry.Index].Path);
            if (!mayBill)
            {
                results[entry.Index].Issues.Add(FhirIssue.Information(
                    $"Kept with the patient only: a {resource.TypeName} reaches the clinic's claims when billing staff send it.", path));
                continue;
            }

            if (results[entry.Index].IdMadeUp)
            {
                // Its id is new on every sending, so handing it off would make a new claim (or pay again) each time.
                results[entry.Index].Issues.Add(FhirBilling.Warning(
                    $"The {resource.TypeName} has no id of its own (nor a urn:uuid fullUrl): kept with the patient, not handed to the clinic's claims.", $"{path}.id"));
                continue;
            }

            var token = FhirBilling.VersionToken(resource.TypeName, entry.Resource.Id, entry.Resource.VersionId, entry.Resource.Json);
            if (resource is Claim claim)
            {
                if (!FhirClaimMapping.IsForPayment(claim))
                {
                    results[entry.Index].Issues.Add(FhirIssue.Information("A draft, preauthorization or predetermination asks no payment: kept with the patient, not submitted.", path));
                }
                else if (await PersonAsync(entry.PatientId).ConfigureAwait(false) is { } person)
                {
                    var (record, issue) = FhirClaimMapping.Map(claim, path, new FhirClaimContext(entry.PatientId, person, token, bundleId, now), _links);
                    Keep(plan.Claims, entry.Index, record is null ? null : new ClaimVersion(record, entry.PatientId, entry.Resource), issue);
                }
            }
            else if (resource is ExplanationOfBenefit eob)
            {
                if (!FhirRemittanceMapping.IsForPayment(eob))
                {
                    results[entry.Index].Issues.Add(FhirIssue.Information("A draft EOB, a preauthorization or a predetermination pays nothing: kept with the patient, no payment applied.", path));
                    continue;
                }

                var (payment, issue) = FhirRemittanceMapping.Map(eob, path, token, now, _links);
                issue ??= payment is null ? null : await MovedAsync(entry.PatientId, eob, payment, path).ConfigureAwait(false);
                Keep(plan.Payments, entry.Index, payment is null ? null
                    : new RemittanceReplacement(payment, FhirRemittanceMapping.IsCancelled(eob), entry.PatientId, entry.Resource),
                    issue);
            }
        }

        await DecideAsync(plan).ConfigureAwait(false);
        foreach (var index in billing.Where(p => p.Resource.ResourceType == "Claim" && results[p.Index].Failed).Select(p => p.Index))
        {
            await services.Audit.RecordAsync(AuditActions.Create, ClaimServices.ClaimResource, results[index].ResourceId!, AuditOutcome.Failed, ct).ConfigureAwait(false);
        }

        return plan;
    }

    /// <summary>
    /// Refuses a version of a kept EOB that names another claim: its earlier payment sits on the claim the kept version
    /// named, where a reversal looking on the new claim would never find it.
    /// </summary>
    private async Task<FhirIssue?> MovedAsync(string patientId, ExplanationOfBenefit eob, RemittancePayment payment, string path)
    {
        if (!_keptEobs.TryGetValue(patientId, out var kept))
        {
            kept = await services.Patient(patientId)!.ListResourcesAsync("ExplanationOfBenefit").ConfigureAwait(false);
            _keptEobs[patientId] = kept;
        }

        if (kept.FirstOrDefault(r => r.Id == eob.Id) is not { } earlier
            || FhirFormat.ParseOne(earlier.Json, "ExplanationOfBenefit").Resource is not ExplanationOfBenefit keptEob
            || _links.IdOf(keptEob.Claim, keptEob, "Claim") is not { } keptClaim
            || keptClaim == payment.ClaimId)
        {
            return null;
        }

        return FhirIssue.Conflict(
            $"ExplanationOfBenefit/{eob.Id} is kept for claim {keptClaim}; a version for claim {payment.ClaimId} cannot move its payment: send a cancelled version, then a new EOB id.",
            $"{path}.claim");
    }

    /// <summary>Submits the planned claims and applies the planned payments of the entries whose patient was written.</summary>
    public async Task ApplyAsync(FhirClaimPlan plan, CancellationToken ct)
    {
        var claims = plan.Claims.Where(c => Written(c.Index)).ToList();
        if (claims.Count > 0)
        {
            var outcomes = await Import.SubmitClaimsAsync([.. claims.Select(c => c.Claim)], "fhir").ConfigureAwait(false);
            for (var k = 0; k < claims.Count; k++)
            {
                var (index, claim) = (claims[k].Index, claims[k].Claim.Claim);
                var outcome = outcomes[k].Outcome?.ToString().ToLowerInvariant();
                results[index].Issues.Add(FhirIssue.Information(outcomes[k].Outcome == ClaimSubmitOutcome.Superseded
                    ? $"Claim {claim.ClaimId}: a newer version is kept, so this one changes nothing in the clinic's claims."
                    : $"Claim {claim.ClaimId}: {outcome} in the clinic's claims (/api/v1/claims/{claim.ClaimId}).", entries[index].Path));
                if (outcomes[k].Outcome is ClaimSubmitOutcome.Unchanged or ClaimSubmitOutcome.Superseded)
                {
                    continue;
                }

                var action = outcomes[k].Outcome == ClaimSubmitOutcome.Created ? AuditActions.Create : AuditActions.Update;
                await services.Audit.RecordAsync(action, ClaimServices.ClaimResource, claim.ClaimId, outcomes[k].Accepted ? AuditOutcome.Success : AuditOutcome.Failed, ct)
                    .ConfigureAwait(false);
            }
        }

        await ApplyPaymentsAsync([.. plan.Payments.Where(p => Written(p.Index))], ct).ConfigureAwait(false);
    }

    /// <summary>
    /// Applies each payment to the claim it names, each in one call of the claim grain: the payment an older version of
    /// the same EOB made is reversed first (a cancelled EOB only reverses it), and a version the patient no longer keeps
    /// changes nothing. A payment for a claim the clinic does not have is reported, as an 835's unmatched payments are.
    /// </summary>
    private async Task ApplyPaymentsAsync(List<(int Index, RemittanceReplacement Payment)> payments, CancellationToken ct)
    {
        var outcomes = await Task.WhenAll(payments.Select(p => _claims.Claim(p.Payment.Payment.ClaimId)!.ReplaceRemittanceAsync(p.Payment))).ConfigureAwait(false);
        for (var k = 0; k < payments.Count; k++)
        {
            var (index, payment) = (payments[k].Index, payments[k].Payment.Payment);
            if (outcomes[k] is not { } outcome)
            {
                Unmatched(index, payment);
                continue;
            }

            if (outcome.Reversal is { } reversal)
            {
                await AuditAsync(payment, reversal, ct).ConfigureAwait(false);
            }

            results[index].Issues.Add(FhirIssue.Information(outcome.Outcome switch
            {
                RemittanceReplacementOutcome.Unchanged => $"Applied to claim {payment.ClaimId} before: unchanged.",
                RemittanceReplacementOutcome.Superseded => $"A newer version of the EOB is kept: this one changes nothing on claim {payment.ClaimId}.",
                RemittanceReplacementOutcome.NothingToReverse => $"The EOB is cancelled and no payment of it counts on claim {payment.ClaimId}: nothing to reverse.",
                RemittanceReplacementOutcome.Reversed => $"The EOB is cancelled: its earlier payment to claim {payment.ClaimId} is reversed.",
                _ => $"Applied to claim {payment.ClaimId} as a remittance: {payment.Status.ToString().ToLowerInvariant()}, the claim is {outcome.Payment!.Summary.Status.ToString().ToLowerInvariant()}.",
            }, entries[index].Path));
            if (outcome.Payment is { } applied)
            {
                await AuditAsync(payment, applied, ct).ConfigureAwait(false);
            }
        }
    }

    /// <summary>Audits a payment or reversal as an update of the claim's remittances, failed when it changed nothing.</summary>
    private Task AuditAsync(RemittancePayment payment, ClaimRemittanceResult result, CancellationToken ct) =>
        services.Audit.RecordAsync(AuditActions.Update, ClaimServices.RemittanceResource, payment.ClaimId, result.Applied ? AuditOutcome.Success : AuditOutcome.Failed, ct);

    /// <summary>
    /// Decides which claims go to the clinic's claims: the same version again is left alone, and an id another source or
    /// another patient holds is refused. Whether a claim is new, replaces the one kept or voids it (when cancelled) the
    /// claim grain decides as it takes it.
    /// </summary>
    private async Task DecideAsync(FhirClaimPlan plan)
    {
        var views = await Task.WhenAll(plan.Claims.Select(c => _claims.Claim(c.Claim.Claim.ClaimId)!.GetAsync())).ConfigureAwait(false);
        for (var k = plan.Claims.Count - 1; k >= 0; k--)
        {
            var (index, claim) = (plan.Claims[k].Index, plan.Claims[k].Claim.Claim);
            var path = entries[index].Path;
            var kept = views[k]?.Claim;
            FhirIssue? refusal = kept switch
            {
                null => null,
                { Submission.Sender: not FhirBilling.Sender } => FhirIssue.Conflict(
                    $"Claim {claim.ClaimId} was submitted in X12 interchange {kept.Submission.Sender}.{kept.Submission.InterchangeControlNumber}; a FHIR Claim cannot take its id.", $"{path}.id"),
                _ when kept.PatientId != claim.PatientId => FhirIssue.Conflict($"Claim {claim.ClaimId} is another patient's claim.", $"{path}.id"),
                _ => null,
            };
            if (refusal is not null)
            {
                results[index].Issues.Add(refusal);
                plan.Claims.RemoveAt(k);
            }
            else if (kept is null ? claim.FrequencyCode == "8" : kept.Submission.InterchangeControlNumber == claim.Submission.InterchangeControlNumber)
            {
                // Nothing to do: a cancelled claim the clinic never had, or the version the clinic has.
                results[index].Issues.Add(FhirIssue.Information($"Claim {claim.ClaimId}: unchanged in the clinic's claims.", path));
                plan.Claims.RemoveAt(k);
            }
        }
    }

    /// <summary>The patient's record, read once per request; its conditions are linked for the claims' diagnoses.</summary>
    private async Task<PatientRecord?> RecordAsync(string patientId)
    {
        if (!_records.TryGetValue(patientId, out var record))
        {
            record = await services.Patient(patientId)!.GetAsync().ConfigureAwait(false);
            _records[patientId] = record;
            if (record is not null)
            {
                _links.AddRecordConditions(patientId, record.Facts.Conditions);
            }
        }

        return record;
    }

    /// <summary>The patient as a claim names them: from the Patient of the import, else from the record; null when neither has them.</summary>
    private async Task<ClaimPerson?> PersonAsync(string patientId)
    {
        if (_people.TryGetValue(patientId, out var known))
        {
            return known;
        }

        var record = await RecordAsync(patientId).ConfigureAwait(false);
        ClaimPerson? person = null;
        if (entries.Select(e => e.Resource).OfType<Patient>().FirstOrDefault(p => p.Id == patientId) is { } imported)
        {
            var (given, family, birthDate, sex, _, _) = FhirMapping.Demographics(imported);
            person = new ClaimPerson(null, family ?? "", given ?? "", birthDate, Sex(sex));
        }
        else if (record is not null)
        {
            var d = record.Demographics;
            person = new ClaimPerson(null, d.FamilyName, d.GivenName, d.BirthDate, Sex(d.Sex));
        }

        _people[patientId] = person;
        return person;
    }

    private void Keep<T>(List<(int Index, T Item)> plan, int index, T? item, FhirIssue? issue)
        where T : class
    {
        if (issue is not null)
        {
            results[index].Issues.Add(issue);
        }

        if (item is not null && issue?.IsError != true)
        {
            plan.Add((index, item));
        }
    }

    private bool Written(int index) =>
        !results[index].Failed && results[index].Outcome is { Outcome: not PatientImportOutcome.Conflict };

    private void Unmatched(int index, RemittancePayment payment) =>
        results[index].Issues.Add(FhirBilling.Warning(
            $"Your clinic has no claim {payment.ClaimId}: the EOB is kept with the patient and no payment was applied; send it again once the claim is imported.",
            $"{entries[index].Path}.claim"));

    private static string Sex(PatientSex sex) => sex switch
    {
        PatientSex.Female => "F",
        PatientSex.Male => "M",
        _ => "U",
    };
}
