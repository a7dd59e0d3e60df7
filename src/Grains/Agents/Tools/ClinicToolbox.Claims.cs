using Mesh.Grains.Claims;
using Mesh.Grains.Claims.CodeSets;
using Mesh.Grains.Denials;
using Mesh.Grains.Patients;

namespace Mesh.Grains.Agents.Tools;

/// <summary>The revenue-cycle tools: claims, remittances, denials, contracts and codes.</summary>
public sealed partial class ClinicToolbox
{
    /// <summary>Tool names, as the model sees them.</summary>
    public const string ClaimTool = "get_claim", PatientClaimsTool = "list_patient_claims", RemittancesTool = "get_remittances",
        DenialsTool = "get_denials", RiskTool = "get_denial_risk", ContractTool = "price_claim", CodeSearchTool = "search_icd10";

    /// <summary>A claim: payer, status, dates, diagnoses, lines and charges.</summary>
    public Task<ToolResult> ClaimAsync(string claimId) => WithClaimAsync(ClaimTool, "claim", claimId, ToolScope.Claims, "claims", folder =>
    {
        var c = folder.Claim;
        var text = $"Claim {c.ClaimId} to {c.Payer.Name} ({c.Payer.Id}) for {c.Patient.GivenName} {c.Patient.FamilyName}"
            + $"{(c.PatientId is null ? "" : $" (patient {c.PatientId})")}: status {folder.Status}, total charge {ToolText.Money(c.TotalCharge)}, "
            + $"service {ToolText.Date(c.ServiceFrom)} to {ToolText.Date(c.ServiceTo ?? c.ServiceFrom)}. "
            + $"Diagnoses: {ToolText.List(c.Diagnoses.Select(d => d.Code), "none")}. "
            + $"Lines: {ToolText.List(c.Lines.Select(l => $"{l.Number}: {l.ProcedureCode} x{ToolText.Number(l.Units)} charge {ToolText.Money(l.Charge)}"), "none")}.";
        return ToolResult.Of(text, ClaimCitation(folder));
    });

    /// <summary>A patient's newest claims with their status.</summary>
    public async Task<ToolResult> PatientClaimsAsync(string patientId)
    {
        if (Refuse(PatientClaimsTool, "claim", patientId, ToolScope.Claims, "claims") is { } refused)
        {
            return refused;
        }

        if (!PatientIds.IsValid(patientId))
        {
            return Record(PatientClaimsTool, "claim", patientId, ToolResult.Missing($"No patient {patientId} in this clinic."));
        }

        var claims = await _claims.ForPatientAsync(Caller.Tenant, patientId, 20, CancellationToken.None);
        var result = claims.Count == 0
            ? ToolResult.Missing($"No claims for patient {patientId} in this clinic.")
            : ToolResult.Of(
                $"Claims of patient {patientId}: " + string.Join("; ", claims.Select(f => $"{f.Claim.ClaimId} to {f.Claim.Payer.Name}, {f.Status}, charge {ToolText.Money(f.Claim.TotalCharge)}, service {ToolText.Date(f.Claim.ServiceFrom)}")) + ".",
                [.. claims.Select(ClaimCitation)]);
        return Record(PatientClaimsTool, "claim", patientId, result);
    }

    /// <summary>What the payer paid on a claim, with its adjustments.</summary>
    public Task<ToolResult> RemittancesAsync(string claimId) => WithClaimAsync(RemittancesTool, "remittance", claimId, ToolScope.Claims, "remittances", folder =>
    {
        if (folder.Remittances.Count == 0)
        {
            return ToolResult.Of($"No remittance received yet for claim {folder.Claim.ClaimId}.", ClaimCitation(folder));
        }

        var text = $"Remittances for claim {folder.Claim.ClaimId}: " + string.Join("; ", folder.Remittances.Select(r =>
            $"{r.Status.ToString().ToLowerInvariant()} by {r.Source.Payer.Name} on {ToolText.Date(r.Source.PaymentDate)} (trace {r.Source.TraceNumber}): billed {ToolText.Money(r.Billed)}, paid {ToolText.Money(r.Paid)}, patient responsibility {ToolText.Money(r.PatientResponsibility)}")) + ".";
        return ToolResult.Of(text, [ClaimCitation(folder), .. folder.Remittances.Select(r => new AgentCitation("remittance", r.Source.TraceNumber, null, $"835 trace {r.Source.TraceNumber}"))]);
    });

    /// <summary>The denials and reducing adjustments of a claim, with reasons and dollars at stake.</summary>
    public Task<ToolResult> DenialsAsync(string claimId) => WithClaimAsync(DenialsTool, "denial", claimId, ToolScope.Claims, "denials", folder =>
    {
        var adjustments = folder.Remittances
            .SelectMany(r => r.Adjustments.Concat(r.Lines.SelectMany(l => l.Adjustments)))
            .Where(a => a.Group != "PR" && a.Amount > 0)
            .ToList();
        var remarks = folder.Remittances.SelectMany(r => r.Remarks.Concat(r.Lines.SelectMany(l => l.Remarks))).Select(r => r.Description is null ? r.Code : $"{r.Code} {r.Description}").Distinct();
        if (adjustments.Count == 0)
        {
            return ToolResult.Of($"Claim {folder.Claim.ClaimId} ({folder.Status}) has no denial or reducing adjustment.", ClaimCitation(folder));
        }

        var denied = folder.Remittances.Any(r => r.Status == RemittanceStatus.Denied);
        var text = $"Claim {folder.Claim.ClaimId} is {folder.Status}{(denied ? " (denied by the payer)" : "")}. Reasons: "
            + string.Join("; ", adjustments.Select(a => $"{a.Group}-{a.Reason}{(a.Description is null ? "" : $" {a.Description}")} {ToolText.Money(a.Amount)}"))
            + $". At stake: {ToolText.Money(adjustments.Sum(a => a.Amount))}. Remarks: {ToolText.List(remarks, "none")}.";
        return ToolResult.Of(text, ClaimCitation(folder));
    });

    /// <summary>A claim's denial risk as the clinic's denial model (or its rules) scores it, with the findings and fixes.</summary>
    public async Task<ToolResult> RiskAsync(string claimId)
    {
        if (Refuse(RiskTool, "claim", claimId, ToolScope.Claims, "denial risk") is { } refused)
        {
            return refused;
        }

        var risk = ClaimIds.IsValid(claimId) ? await _grains.GetGrain<IClinicDenialsGrain>(Caller.Tenant).ScoreClaimAsync(claimId) : null;
        var result = risk is null
            ? ToolResult.Missing($"No claim {claimId} in this clinic.")
            : ToolResult.Of(
                $"Denial risk of claim {risk.ClaimId}: {risk.Probability.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture)} ({risk.Basis.ToString().ToLowerInvariant()}"
                + $"{(risk.ModelVersion is { } v ? $" model version {v}" : "")}). Findings: {ToolText.List(risk.Rules.Select(r => r.Message), "none")}. "
                + $"Suggested fixes: {ToolText.List(risk.SuggestedFixes, "none")}.",
                new AgentCitation("claim", risk.ClaimId, null, $"risk of claim {risk.ClaimId}"));
        return Record(RiskTool, "claim", claimId, result);
    }

    /// <summary>A claim priced against the payer's contract: allowed, netdown and expected payment per line.</summary>
    public async Task<ToolResult> ContractAsync(string claimId)
    {
        ClaimFolder? priced = null;
        var found = await WithClaimAsync(ContractTool, "contract", claimId, ToolScope.Contracts, "contracts", folder =>
        {
            priced = folder;
            return ToolResult.Of(string.Empty);
        }, record: false);
        if (priced is null)
        {
            return found;
        }

        var rates = await _claims.RatesAsync(Caller.Tenant, priced.Claim.Payer.Id, CancellationToken.None);
        var lines = ContractMath.Price(priced, rates);
        var text = rates.Count == 0
            ? $"No contract with {priced.Claim.Payer.Name} ({priced.Claim.Payer.Id}) is on file, so claim {priced.Claim.ClaimId} cannot be priced."
            : $"Claim {priced.Claim.ClaimId} priced against the contract with {priced.Claim.Payer.Name}: " + string.Join("; ", lines.Select(Describe))
                + (lines.All(l => l.Allowed is not null)
                    ? $". Total allowed {ToolText.Money(lines.Sum(l => l.Allowed!.Value))}, netdown {ToolText.Money(lines.Sum(l => l.Netdown!.Value))}, expected payment {ToolText.Money(lines.Sum(l => l.ExpectedPayment!.Value))}."
                    : ".");
        return Record(ContractTool, "contract", claimId, ToolResult.Of(text, ClaimCitation(priced), new AgentCitation("contract", priced.Claim.Payer.Id, null, $"contract with {priced.Claim.Payer.Name}")));
    }

    /// <summary>
    /// ICD-10-CM codes for a diagnosis in words: the loaded code set's search (code prefix, or every word in the
    /// description), else the codes Mesh's diagnosis lexicon gives for its names and synonyms ("high blood pressure").
    /// </summary>
    public async Task<ToolResult> SearchCodesAsync(string query)
    {
        var codes = _grains.GetGrain<ICodeSetGrain>(CodeSetNames.Icd10Cm);
        var found = (await codes.SearchAsync(query ?? string.Empty, 10)).Where(m => m.Known).ToList();
        if (found.Count == 0 && Icd10Search.Find(query ?? string.Empty) is { Count: > 0 } synonyms)
        {
            var described = await codes.LookupAsync([.. synonyms.Select(s => s.Code.Replace(".", "", StringComparison.Ordinal))]);
            found = [.. described.Zip(synonyms, (match, synonym) => match with { Description = match.Description ?? synonym.Name })];
        }

        var result = found.Count == 0
            ? ToolResult.Missing($"No ICD-10-CM code matches '{query}'.")
            : ToolResult.Of(
                $"ICD-10-CM codes for '{query}': " + string.Join("; ", found.Select(f => $"{Dotted(f.Code)} {f.Description}{(f.Billable ? "" : " (not billable)")}")) + ". Suggestions for a coder to confirm.",
                [.. found.Select(f => new AgentCitation("code", Dotted(f.Code), null, f.Description ?? f.Code))]);
        return Record(CodeSearchTool, "code", null, result);
    }

    private static string Dotted(string code)
    {
        var plain = code.Replace(".", "", StringComparison.Ordinal);
        return plain.Length > 3 ? $"{plain[..3]}.{plain[3..]}" : plain;
    }

    private static string Describe(ContractLine line) => line.Allowed is null
        ? $"line {line.Number} {line.ProcedureCode}: billed {ToolText.Money(line.Billed)}, no contract rate"
        : $"line {line.Number} {line.ProcedureCode}: billed {ToolText.Money(line.Billed)}, allowed {ToolText.Money(line.Allowed.Value)}, netdown {ToolText.Money(line.Netdown!.Value)}, expected payment {ToolText.Money(line.ExpectedPayment!.Value)}"
            + (line.Paid is { } paid ? $", paid {ToolText.Money(paid)}{(line.Variance < 0 ? $", underpaid by {ToolText.Money(-line.Variance!.Value)}" : "")}" : "");

    private async Task<ToolResult> WithClaimAsync(string tool, string resourceType, string claimId, ToolScope scope, string what, Func<ClaimFolder, ToolResult> read, bool record = true)
    {
        if (Refuse(tool, resourceType, claimId, scope, what) is { } refused)
        {
            return refused;
        }

        if (Attached(tool, claimId) is { } attached)
        {
            return attached;
        }

        var folder = ClaimIds.IsValid(claimId) ? await FolderAsync(claimId) : null;
        var result = folder is null ? ToolResult.Missing($"No claim {claimId} in this clinic.") : read(folder);
        return record || folder is null ? Record(tool, resourceType, claimId, result) : result;
    }

    // A turn's tools read a claim's folder once however many of them ask (a claim and its denials, a price and its
    // denials), so one answer rests on one read of the claim.
    private async Task<ClaimFolder?> FolderAsync(string claimId)
    {
        if (_folders.TryGetValue(claimId, out var kept))
        {
            return kept;
        }

        var folder = await _claims.GetClaimAsync(Caller.Tenant, claimId, CancellationToken.None);
        _folders[claimId] = folder;
        return folder;
    }

    private static AgentCitation ClaimCitation(ClaimFolder folder) =>
        new("claim", folder.Claim.ClaimId, null, $"claim {folder.Claim.ClaimId} to {folder.Claim.Payer.Name}");
}
