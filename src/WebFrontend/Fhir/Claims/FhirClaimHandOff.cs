using Hl7.Fhir.Model;
using Mesh.Grains;
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
    public List<(int Index, ClaimRecord Claim)> Claims { get; } = [];

    public List<(int Index, RemittancePayment Payment)> Payments { get; } = [];
}

/// <summary>
/// Hands an import's Claims and ExplanationOfBenefits to the clinic's claims, besides keeping them with the patient:
/// each Claim is mapped and checked against the claims the clinic has before anything is written (so a transaction
/// with a Claim that cannot be one stores nothing), then submitted through the claim import grain as an 837's claims
/// are; each EOB is then applied as an 835's payment is. A newer version of a Claim replaces it; a newer version of an
/// EOB reverses the payment of the older one before its own is applied; the same version again changes nothing.
/// </summary>
internal sealed class FhirClaimHandOff(PatientServices services, IReadOnlyList<FhirEntry> entries, FhirEntryResult[] results, string? bundleId)
{
    private readonly FhirLinks _links = new(entries);

    private string Tenant => services.Http.GetClinicUser().Tenant;

    private IClaimImportGrain Import => services.Grains.GetGrain<IClaimImportGrain>(Tenant);

    public async Task<FhirClaimPlan> CheckAsync(IReadOnlyList<FhirPlannedEntry> planned, CancellationToken ct)
    {
        var plan = new FhirClaimPlan();
        var billing = planned.Where(p => p.Resource.ResourceType is "Claim" or "ExplanationOfBenefit" && !results[p.Index].Failed).ToList();
        if (billing.Count == 0)
        {
            return plan;
        }

        var now = services.Time.GetUtcNow();
        var people = await PeopleAsync(billing.Select(p => p.PatientId).Distinct(StringComparer.Ordinal)).ConfigureAwait(false);
        foreach (var entry in billing)
        {
            var (resource, path) = (entries[entry.Index].Resource!, entries[entry.Index].Path);
            var token = FhirBilling.VersionToken(resource.TypeName, entry.Resource.Id, entry.Resource.VersionId, entry.Resource.Json);
            if (resource is Claim claim)
            {
                if (!FhirClaimMapping.IsForPayment(claim))
                {
                    results[entry.Index].Issues.Add(FhirIssue.Information("A draft, preauthorization or predetermination asks no payment: kept with the patient, not submitted.", path));
                }
                else if (people.TryGetValue(entry.PatientId, out var person))
                {
                    var (record, issue) = FhirClaimMapping.Map(claim, path, new FhirClaimContext(entry.PatientId, person, token, bundleId, now), _links);
                    Keep(plan.Claims, entry.Index, record, issue);
                }
            }
            else
            {
                var (payment, issue) = FhirRemittanceMapping.Map((ExplanationOfBenefit)resource, path, token, now, _links);
                Keep(plan.Payments, entry.Index, payment, issue);
            }
        }

        await DecideAsync(plan).ConfigureAwait(false);
        foreach (var index in billing.Where(p => p.Resource.ResourceType == "Claim" && results[p.Index].Failed).Select(p => p.Index))
        {
            await services.Audit.RecordAsync(AuditActions.Create, ClaimServices.ClaimResource, results[index].ResourceId!, AuditOutcome.Failed, ct).ConfigureAwait(false);
        }

        return plan;
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
                var (index, claim) = claims[k];
                var outcome = outcomes[k].Outcome?.ToString().ToLowerInvariant();
                results[index].Issues.Add(FhirIssue.Information($"Claim {claim.ClaimId}: {outcome} in the clinic's claims (/api/v1/claims/{claim.ClaimId}).", entries[index].Path));
                var action = outcomes[k].Outcome == ClaimSubmitOutcome.Created ? AuditActions.Create : AuditActions.Update;
                await services.Audit.RecordAsync(action, ClaimServices.ClaimResource, claim.ClaimId, outcomes[k].Accepted ? AuditOutcome.Success : AuditOutcome.Failed, ct)
                    .ConfigureAwait(false);
            }
        }

        await ApplyPaymentsAsync([.. plan.Payments.Where(p => Written(p.Index))], ct).ConfigureAwait(false);
    }

    /// <summary>
    /// Applies each payment to the claim it names, after reversing the payment an older version of the same EOB made;
    /// a payment for a claim the clinic does not have is reported, as an 835's unmatched payments are.
    /// </summary>
    private async Task ApplyPaymentsAsync(List<(int Index, RemittancePayment Payment)> payments, CancellationToken ct)
    {
        if (payments.Count == 0)
        {
            return;
        }

        var views = await Task.WhenAll(payments.Select(p => services.Grains.GetGrain<IClaimGrain>(TenantKeys.For(Tenant, p.Payment.ClaimId)).GetAsync())).ConfigureAwait(false);
        var reversals = new List<RemittancePayment>();
        var applying = new List<(int Index, RemittancePayment Payment)>();
        for (var k = 0; k < payments.Count; k++)
        {
            var (index, payment) = payments[k];
            if (views[k] is not { } view)
            {
                Unmatched(index, payment);
                continue;
            }

            var earlier = view.Remittances.LastOrDefault(r => r.ReversedBy is null && r.Payment.Status != RemittanceStatus.Reversed
                && r.Payment.PayerClaimId == payment.PayerClaimId && r.Payment.Source.InterchangeControlNumber.StartsWith($"ExplanationOfBenefit/{payment.PayerClaimId}/", StringComparison.Ordinal));
            if (earlier?.Payment.Source.InterchangeControlNumber == payment.Source.InterchangeControlNumber)
            {
                results[index].Issues.Add(FhirIssue.Information($"Applied to claim {payment.ClaimId} before: unchanged.", entries[index].Path));
                continue;
            }

            if (earlier is not null)
            {
                reversals.Add(Reversal(earlier.Payment, payment.Source));
            }

            applying.Add((index, payment));
        }

        if (reversals.Count > 0)
        {
            await Import.ApplyRemittancesAsync(reversals).ConfigureAwait(false);
        }

        var outcomes = applying.Count == 0 ? [] : await Import.ApplyRemittancesAsync([.. applying.Select(a => a.Payment)]).ConfigureAwait(false);
        for (var k = 0; k < applying.Count; k++)
        {
            var (index, payment) = applying[k];
            if (outcomes[k].Status is not { } status)
            {
                Unmatched(index, payment);
                continue;
            }

            results[index].Issues.Add(FhirIssue.Information(
                $"Applied to claim {payment.ClaimId} as a remittance: {payment.Status.ToString().ToLowerInvariant()}, the claim is {status.ToString().ToLowerInvariant()}.", entries[index].Path));
            await services.Audit.RecordWriteAsync(AuditActions.Update, ClaimServices.RemittanceResource, payment.ClaimId, ct).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Decides what each claim does to the clinic's claims: a new id is submitted; the same version again is left
    /// alone; a newer version of a FHIR claim replaces it (or voids it, when cancelled); an id another source or another
    /// patient holds is refused.
    /// </summary>
    private async Task DecideAsync(FhirClaimPlan plan)
    {
        var views = await Task.WhenAll(plan.Claims.Select(c => services.Grains.GetGrain<IClaimGrain>(TenantKeys.For(Tenant, c.Claim.ClaimId)).GetAsync())).ConfigureAwait(false);
        for (var k = plan.Claims.Count - 1; k >= 0; k--)
        {
            var (index, claim) = plan.Claims[k];
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
            else if (kept is not null && claim.FrequencyCode != "8")
            {
                plan.Claims[k] = (index, claim with { FrequencyCode = "7" });
            }
        }
    }

    /// <summary>The patient as each claim names them: from the Patient of the import, else from the record; their record's conditions are linked too.</summary>
    private async Task<Dictionary<string, ClaimPerson>> PeopleAsync(IEnumerable<string> patientIds)
    {
        var people = new Dictionary<string, ClaimPerson>(StringComparer.Ordinal);
        foreach (var patientId in patientIds)
        {
            var record = await services.Patient(patientId)!.GetAsync().ConfigureAwait(false);
            if (record is not null)
            {
                _links.AddRecordConditions(record.Facts.Conditions);
            }

            if (entries.Select(e => e.Resource).OfType<Patient>().FirstOrDefault(p => p.Id == patientId) is { } imported)
            {
                var (given, family, birthDate, sex, _, _) = FhirMapping.Demographics(imported);
                people[patientId] = new ClaimPerson(null, family ?? "", given ?? "", birthDate, Sex(sex));
            }
            else if (record is not null)
            {
                var d = record.Demographics;
                people[patientId] = new ClaimPerson(null, d.FamilyName, d.GivenName, d.BirthDate, Sex(d.Sex));
            }
        }

        return people;
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

    /// <summary>The reversal of an earlier version's payment, as an 835 reverses one (CLP02 = 22) before correcting it.</summary>
    private static RemittancePayment Reversal(RemittancePayment earlier, RemittanceSource source) => earlier with
    {
        StatusCode = "22",
        Status = RemittanceStatus.Reversed,
        Billed = -earlier.Billed,
        Paid = -earlier.Paid,
        PatientResponsibility = -earlier.PatientResponsibility,
        Adjustments = [],
        Remarks = [],
        Lines = [],
        Source = source with { TraceNumber = earlier.Source.TraceNumber },
    };

    private static string Sex(PatientSex sex) => sex switch
    {
        PatientSex.Female => "F",
        PatientSex.Male => "M",
        _ => "U",
    };
}
