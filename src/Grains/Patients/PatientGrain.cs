using Mesh.Grains.Reports;
using Orleans;

namespace Mesh.Grains.Patients;

/// <summary>One patient of one clinic: demographics, clinical lists and visits, written through on every change.</summary>
public sealed class PatientGrain(
    [PersistentState("patient")] IPersistentState<PatientState> patient,
    ReportArchive reports,
    TimeProvider time) : Grain, IPatientGrain
{
    private const int ContextObservations = 20;

    public Task<PatientRecord?> GetAsync() => Task.FromResult(patient.State.Record);

    public async Task<PatientRecord> CreateAsync(PatientDemographics demographics, PatientClinicalFacts facts)
    {
        if (patient.State.Record is not null)
        {
            throw new InvalidOperationException($"Patient {PatientId} exists already.");
        }

        var now = time.GetUtcNow();
        patient.State.Record = new PatientRecord(PatientId, demographics, facts, [], now, now);
        await patient.WriteStateAsync();
        await ListAsync(patient.State.Record);
        return patient.State.Record;
    }

    public async Task<PatientRecord?> UpdateAsync(PatientDemographics demographics, PatientClinicalFacts facts)
    {
        if (patient.State.Record is not { } record)
        {
            return null;
        }

        patient.State.Record = record with { Demographics = demographics, Facts = facts, UpdatedAt = time.GetUtcNow() };
        await patient.WriteStateAsync();
        await ListAsync(patient.State.Record);
        return patient.State.Record;
    }

    public Task<PatientContext?> GetContextAsync()
    {
        if (patient.State.Record is not { } record)
        {
            return Task.FromResult<PatientContext?>(null);
        }

        var demographics = record.Demographics;
        return Task.FromResult<PatientContext?>(new PatientContext(
            record.Id,
            $"{demographics.GivenName} {demographics.FamilyName}",
            demographics.BirthDate,
            AgeOn(demographics.BirthDate, DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime)),
            demographics.Sex,
            demographics.Language,
            [.. record.Facts.Conditions.Where(c => c.Active)],
            [.. record.Facts.Medications.Where(m => m.Active)],
            record.Facts.Allergies,
            [.. record.Facts.Observations.OrderByDescending(o => o.RecordedAt).Take(ContextObservations)]));
    }

    public Task<IReadOnlyList<ReportListing>> ListReportsAsync()
    {
        var (tenant, patientId) = TenantKeys.Parse(this.GetPrimaryKeyString());
        return reports.ListForPatientAsync(tenant, patientId, CancellationToken.None);
    }

    public async Task RecordEncounterAsync(PatientEncounter encounter)
    {
        if (patient.State.Record is not { } record)
        {
            throw new KeyNotFoundException($"Patient {PatientId} does not exist.");
        }

        var encounters = record.Encounters.Where(e => e.ConversationId != encounter.ConversationId).Append(encounter).ToList();
        patient.State.Record = record with { Encounters = encounters, UpdatedAt = time.GetUtcNow() };
        await patient.WriteStateAsync();
    }

    public async Task RecordOrderAsync(PatientOrder order)
    {
        if (patient.State.Record is null)
        {
            throw new KeyNotFoundException($"Patient {PatientId} does not exist.");
        }

        if (patient.State.Orders.Any(o => o.OrderId == order.OrderId))
        {
            return;
        }

        patient.State.Orders.Add(order);
        await patient.WriteStateAsync();
    }

    public Task<PatientImportResult> CheckImportAsync(PatientImport import) => Task.FromResult(Check(import));

    public async Task<PatientImportResult> ImportAsync(PatientImport import)
    {
        var result = Check(import);
        if (result.HasConflict)
        {
            return result;
        }

        if (patient.State.Record is null && import.Demographics is null)
        {
            throw new KeyNotFoundException($"Patient {PatientId} does not exist.");
        }

        var now = time.GetUtcNow();
        var written = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < import.Resources.Count; i++)
        {
            if (result.Resources[i].Outcome is PatientImportOutcome.Created or PatientImportOutcome.Updated)
            {
                var resource = import.Resources[i] with { LastUpdated = now };
                patient.State.Resources[resource.Key] = resource;
                written.Add(resource.Key);
            }
        }

        var record = patient.State.Record;
        if (record is not null && written.Count == 0)
        {
            return result;
        }

        // Demographics follow the Patient resource: a replay of an old version leaves edits made in Mesh alone.
        var demographics = record is null || written.Contains($"Patient/{PatientId}") ? import.Demographics ?? record!.Demographics : record.Demographics;
        var facts = ImportedFacts.Merge(record?.Facts ?? PatientClinicalFacts.None, import.Facts, written);

        patient.State.Record = record is null
            ? new PatientRecord(PatientId, demographics, facts, [], now, now)
            : record with { Demographics = demographics, Facts = facts, UpdatedAt = now };
        await patient.WriteStateAsync();
        await ListAsync(patient.State.Record);
        return result;
    }

    public Task<IReadOnlyList<PatientResource>> ListResourcesAsync(string? resourceType) =>
        Task.FromResult<IReadOnlyList<PatientResource>>(
            [.. patient.State.Resources.Values.Where(r => resourceType is null || r.ResourceType == resourceType)]);

    public Task<PatientResource?> GetResourceAsync(string key) => Task.FromResult(patient.State.Resources.GetValueOrDefault(key));

    public Task<PatientOrder[]> ListOrdersAsync() => Task.FromResult(patient.State.Orders.ToArray());

    private PatientImportResult Check(PatientImport import)
    {
        var outcomes = import.Resources
            .Select(r =>
            {
                var kept = patient.State.Resources.GetValueOrDefault(r.Key);
                var outcome = ResourceVersions.Compare(kept, r);
                return new PatientResourceOutcome(r.ResourceType, r.Id, outcome,
                    outcome is PatientImportOutcome.Created or PatientImportOutcome.Updated ? r.VersionId : kept?.VersionId);
            })
            .ToList();
        return new PatientImportResult(patient.State.Record is not null, outcomes);
    }

    private string PatientId => TenantKeys.Parse(this.GetPrimaryKeyString()).Id;

    private Task ListAsync(PatientRecord record)
    {
        var tenant = TenantKeys.Parse(this.GetPrimaryKeyString()).Tenant;
        var listing = new PatientListing(record.Id, record.Demographics.GivenName, record.Demographics.FamilyName, record.Demographics.BirthDate);
        return GrainFactory.GetGrain<IPatientDirectoryGrain>(tenant).UpsertAsync(listing);
    }

    private static int AgeOn(DateOnly birthDate, DateOnly today)
    {
        var age = today.Year - birthDate.Year;
        return birthDate > today.AddYears(-age) ? age - 1 : age;
    }
}
