using Mesh.Grains.Patients;
using Mesh.Grains.Reports;

namespace Mesh.Grains.Agents.Tools;

/// <summary>The patient record tools: demographics, coverage, clinical lists, visits and signed reports.</summary>
public sealed partial class ClinicToolbox
{
    /// <summary>Tool names, as the model sees them.</summary>
    public const string FindPatientsTool = "find_patients", PatientTool = "get_patient", CoverageTool = "get_coverage",
        ConditionsTool = "get_conditions", MedicationsTool = "get_medications", AllergiesTool = "get_allergies",
        ObservationsTool = "get_observations", ProceduresTool = "get_procedures", EncountersTool = "get_encounters",
        ReportTool = "get_report";

    /// <summary>Patients of the caller's clinic whose name contains <paramref name="name"/>.</summary>
    public async Task<ToolResult> FindPatientsAsync(string name)
    {
        if (Refuse(FindPatientsTool, "patient", null, ToolScope.Demographics, "patients") is { } refused)
        {
            return refused;
        }

        // The directory matches one name part; a full name is searched by its last word and narrowed by the others.
        var words = (name ?? string.Empty).Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var page = words.Length == 0 ? new PatientSearchPage([], 0) : await _grains.GetGrain<IPatientDirectoryGrain>(Caller.Tenant).SearchAsync(new PatientSearch(words[^1], null, 0, 50));
        var items = page.Items.Where(p => words.All(w => $"{p.GivenName} {p.FamilyName}".Contains(w, StringComparison.OrdinalIgnoreCase))).Take(10).ToList();
        page = new PatientSearchPage(items, items.Count);
        var result = page.Items.Count == 0
            ? ToolResult.Missing($"No patient named '{name}' in this clinic.")
            : ToolResult.Of(
                string.Join("\n", page.Items.Select(p => $"patient {p.Id}: {p.GivenName} {p.FamilyName}, born {ToolText.Date(p.BirthDate)}")),
                [.. page.Items.Select(p => new AgentCitation("patient", p.Id, null, $"{p.GivenName} {p.FamilyName}"))]);
        return Record(FindPatientsTool, "patient", "search", result);
    }

    /// <summary>A patient's demographics.</summary>
    public Task<ToolResult> PatientAsync(string patientId) => WithPatientAsync(PatientTool, "patient", patientId, ToolScope.Demographics, "demographics", record =>
    {
        var d = record.Demographics;
        var age = Today.Year - d.BirthDate.Year - (Today < d.BirthDate.AddYears(Today.Year - d.BirthDate.Year) ? 1 : 0);
        return ToolResult.Of(
            $"{Name(record)} (patient {record.Id}): born {ToolText.Date(d.BirthDate)}, age {age}, sex {d.Sex.ToString().ToLowerInvariant()}, language {d.Language}.",
            PatientCitation(record));
    });

    /// <summary>The patient's insurance identifiers and the payers their claims went to.</summary>
    public async Task<ToolResult> CoverageAsync(string patientId)
    {
        if (Refuse(CoverageTool, "coverage", patientId, ToolScope.Claims, "coverage") is { } refused)
        {
            return refused;
        }

        var record = PatientIds.IsValid(patientId) ? await _grains.GetGrain<IPatientGrain>(Key(patientId)).GetAsync() : null;
        if (record is null)
        {
            return Record(CoverageTool, "coverage", patientId, NoPatient(patientId));
        }

        var ids = record.Demographics.Identifiers.Select(i => $"{i.System} {i.Value}");
        var claims = await _claims.ForPatientAsync(Caller.Tenant, record.Id, 50, CancellationToken.None);
        var payers = claims.Select(c => $"{c.Claim.Payer.Name} ({c.Claim.Payer.Id}), member {c.Claim.Subscriber.MemberId ?? "not given"}").Distinct();
        var text = $"Coverage of {Name(record)}: identifiers: {ToolText.List(ids, "none recorded")}. Payers billed: {ToolText.List(payers, "none")}.";
        return Record(CoverageTool, "coverage", patientId, ToolResult.Of(text, [PatientCitation(record), .. claims.Select(ClaimCitation)]));
    }

    /// <summary>The problem list.</summary>
    public Task<ToolResult> ConditionsAsync(string patientId) => WithPatientAsync(ConditionsTool, "condition", patientId, ToolScope.Conditions, "conditions", record =>
        Items(record, "condition", "Conditions", record.Facts.Conditions,
            c => $"{c.Text}{(c.Icd10 is null ? "" : $" ({c.Icd10})")}{(c.Onset is null ? "" : $", since {ToolText.Date(c.Onset)}")}{(c.Active ? "" : ", resolved")}"));

    /// <summary>The medication list.</summary>
    public Task<ToolResult> MedicationsAsync(string patientId) => WithPatientAsync(MedicationsTool, "medication", patientId, ToolScope.Clinical, "medications", record =>
        Items(record, "medication", "Medications", record.Facts.Medications,
            m => string.Join(" ", new[] { m.Name, m.Dose, m.Route, m.Frequency }.Where(p => !string.IsNullOrWhiteSpace(p))) + (m.Active ? "" : " (stopped)")));

    /// <summary>The allergies.</summary>
    public Task<ToolResult> AllergiesAsync(string patientId) => WithPatientAsync(AllergiesTool, "allergy", patientId, ToolScope.Clinical, "allergies", record =>
        Items(record, "allergy", "Allergies", record.Facts.Allergies, a => a.Reaction is null ? a.Substance : $"{a.Substance} ({a.Reaction})"));

    /// <summary>The observations, newest first.</summary>
    public Task<ToolResult> ObservationsAsync(string patientId) => WithPatientAsync(ObservationsTool, "observation", patientId, ToolScope.Clinical, "observations", record =>
        Items(record, "observation", "Observations", record.Facts.Observations,
            o => $"{o.Kind} {o.Value}{(o.Unit is null ? "" : " " + o.Unit)} on {ToolText.Date(o.RecordedAt)}"));

    /// <summary>Procedures: the FHIR Procedure resources imported with the patient, then the procedure codes billed on the patient's claims.</summary>
    public Task<ToolResult> ProceduresAsync(string patientId) => WithPatientAsync(ProceduresTool, "procedure", patientId, ToolScope.Clinical, "procedures", async (grain, record) =>
    {
        var recorded = (await grain.ListResourcesAsync("Procedure")).Select(FhirProcedure.Describe);
        var claims = ToolAccess.Allows(Caller, ToolScope.Claims) ? await _claims.ForPatientAsync(Caller.Tenant, patientId, 50, CancellationToken.None) : [];
        var billed = claims.SelectMany(c => c.Claim.Lines.Select(l => $"{l.ProcedureCode} on {ToolText.Date(l.ServiceDate ?? c.Claim.ServiceFrom)} (billed on claim {c.Claim.ClaimId})"));
        var lines = recorded.Concat(billed).ToList();
        var text = lines.Count == 0 ? $"Procedures of {Name(record)}: none recorded." : $"Procedures of {Name(record)}: " + string.Join("; ", lines) + ".";
        var items = lines.Select((line, i) => new AgentCitation("procedure", $"{patientId}/{i + 1}", null, line));
        return ToolResult.Of(text, [PatientCitation(record), .. items, .. claims.Select(ClaimCitation)]);
    });

    /// <summary>The visits, newest first, with their signed reports.</summary>
    public Task<ToolResult> EncountersAsync(string patientId) => WithPatientAsync(EncountersTool, "encounter", patientId, ToolScope.Clinical, "visits", async (grain, record) =>
    {
        var reports = (await grain.ListReportsAsync()).ToDictionary(r => r.ReportId);
        var visits = record.Encounters.OrderByDescending(e => e.Date).ToList();
        var citations = new List<AgentCitation> { PatientCitation(record) };
        var lines = visits.Select(e =>
        {
            citations.Add(new AgentCitation("encounter", e.ConversationId, null, $"visit {ToolText.Date(e.Date)}"));
            var report = e.ReportId is { } id && reports.TryGetValue(id, out var r) ? r : null;
            if (report is not null)
            {
                citations.Add(new AgentCitation("report", report.ReportId, report.Version, $"report of {ToolText.Date(e.Date)}"));
            }

            return $"visit {e.ConversationId} on {ToolText.Date(e.Date)} with {e.DoctorId}"
                + (report is null ? ", no signed report" : $", report {report.ReportId} version {report.Version} signed {ToolText.Date(report.FinalizedAt)}");
        });
        var text = visits.Count == 0 ? $"{Name(record)} has no recorded visits." : $"Visits of {Name(record)}: " + string.Join("; ", lines) + ".";
        return ToolResult.Of(text, [.. citations]);
    });

    /// <summary>A signed report (latest version when none is named): its diagnoses, medications and plan.</summary>
    public async Task<ToolResult> ReportAsync(string reportId, int? version)
    {
        if (Refuse(ReportTool, "report", reportId, ToolScope.Clinical, "reports") is { } refused)
        {
            return refused;
        }

        var view = ReportIds.IsValid(reportId) ? await _grains.GetGrain<IReportGrain>(Key(reportId)).GetAsync(version) : null;
        if (view is null)
        {
            return Record(ReportTool, "report", reportId, ToolResult.Missing($"No report {reportId} in this clinic."));
        }

        var note = view.Content.ClinicalDraft;
        var text = $"Report {view.ReportId} version {view.Version} for {view.Content.PatientName}, visit {ToolText.Date(view.Content.VisitDate)}, signed by {view.Content.DoctorName} on {ToolText.Date(view.FinalizedAt)}. "
            + $"Diagnoses: {ToolText.List(note.Diagnoses.Select(d => d.Icd10 is null ? d.Text : $"{d.Text} ({d.Icd10})"), "none")}. "
            + $"Medications: {ToolText.List(note.Medications.Select(m => $"{m.Name} {m.Dose}".Trim()), "none")}. "
            + $"Plan: {ToolText.List(note.Plan.Select(p => p.Text), "none")}.";
        return Record(ReportTool, "report", reportId, ToolResult.Of(text, new AgentCitation("report", view.ReportId, view.Version, $"report of {ToolText.Date(view.Content.VisitDate)}")));
    }

    private Task<ToolResult> WithPatientAsync(string tool, string resourceType, string patientId, ToolScope scope, string what, Func<PatientRecord, ToolResult> read) =>
        WithPatientAsync(tool, resourceType, patientId, scope, what, (_, record) => Task.FromResult(read(record)));

    private async Task<ToolResult> WithPatientAsync(
        string tool, string resourceType, string patientId, ToolScope scope, string what, Func<IPatientGrain, PatientRecord, Task<ToolResult>> read)
    {
        if (Refuse(tool, resourceType, patientId, scope, what) is { } refused)
        {
            return refused;
        }

        if (Attached(tool, patientId) is { } attached)
        {
            return attached;
        }

        var grain = PatientIds.IsValid(patientId) ? _grains.GetGrain<IPatientGrain>(Key(patientId)) : null;
        var record = grain is null ? null : await grain.GetAsync();
        return Record(tool, resourceType, patientId, record is null || grain is null ? NoPatient(patientId) : await read(grain, record));
    }

    private static ToolResult Items<T>(PatientRecord record, string resourceType, string heading, IReadOnlyList<T> items, Func<T, string> describe)
    {
        if (items.Count == 0)
        {
            return ToolResult.Of($"{heading} of {Name(record)}: none recorded.", PatientCitation(record));
        }

        // Item ids are the 1-based place in the patient's list, the same ids contexts use.
        var citations = items.Select((item, i) => new AgentCitation(resourceType, $"{record.Id}/{i + 1}", null, describe(item))).Prepend(PatientCitation(record));
        return ToolResult.Of($"{heading} of {Name(record)}: {string.Join("; ", items.Select(describe))}.", [.. citations]);
    }

    private static ToolResult NoPatient(string patientId) => ToolResult.Missing($"No patient {patientId} in this clinic.");

    private static string Name(PatientRecord record) => $"{record.Demographics.GivenName} {record.Demographics.FamilyName}";

    private static AgentCitation PatientCitation(PatientRecord record) => new("patient", record.Id, null, Name(record));
}
