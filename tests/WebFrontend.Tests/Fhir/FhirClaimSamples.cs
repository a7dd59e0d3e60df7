using System.Text.Json;
using System.Text.Json.Nodes;

namespace Mesh.WebFrontend.Tests.Fhir;

/// <summary>Hand-written FHIR R4 billing resources: an office visit Claim with an ICD-10 Condition, and EOBs that pay or deny it.</summary>
internal static class FhirClaimSamples
{
    public const string PatientId = "billed-patient";

    public static object Transaction(params object[] resources) => Bundle("transaction", resources);

    public static object Bundle(string type, params object[] resources) => new
    {
        resourceType = "Bundle",
        id = "bundle-" + Guid.NewGuid().ToString("N")[..8],
        type,
        entry = resources.Select(r => new { resource = r, request = new { method = "POST", url = TypeOf(r) } }).ToArray(),
    };

    /// <summary>A sample as JSON, changed by <paramref name="change"/> (for fields the samples do not take).</summary>
    public static JsonObject With(object resource, Action<JsonObject> change)
    {
        var json = JsonSerializer.SerializeToNode(resource, FhirTestData.FhirOptions)!.AsObject();
        change(json);
        return json;
    }

    private static string TypeOf(object resource) =>
        resource is JsonObject json ? (string)json["resourceType"]! : (string)((dynamic)resource).resourceType;

    public static object Patient(string id = PatientId) => new
    {
        resourceType = "Patient",
        id,
        name = new[] { new { family = "Kovács", given = new[] { "Anna" } } },
        gender = "female",
        birthDate = "1961-02-03",
    };

    public static object Condition(string patientId = PatientId, string icd10 = "E11.9") => new
    {
        resourceType = "Condition",
        id = "diabetes",
        subject = new { reference = $"Patient/{patientId}" },
        code = new
        {
            coding = new[] { new { system = "http://hl7.org/fhir/sid/icd-10-cm", code = icd10, display = "Type 2 diabetes mellitus" } },
        },
    };

    public static object Claim(string id, string version = "1", decimal net = 150m, string code = "99213", string patientId = PatientId) => new
    {
        resourceType = "Claim",
        id,
        meta = new { versionId = version },
        status = "active",
        type = new { coding = new[] { new { system = "http://terminology.hl7.org/CodeSystem/claim-type", code = "professional" } } },
        use = "claim",
        patient = new { reference = $"Patient/{patientId}" },
        billablePeriod = new { start = "2026-11-02", end = "2026-11-02" },
        created = "2026-11-03",
        insurer = new { identifier = new { system = "urn:payer", value = "ACME01" }, display = "Acme Health" },
        provider = new { identifier = new { system = "http://hl7.org/fhir/sid/us-npi", value = "1234567893" }, display = "Mesh Family Clinic" },
        priority = new { coding = new[] { new { code = "normal" } } },
        diagnosis = new[] { new { sequence = 1, diagnosisReference = new { reference = "Condition/diabetes" } } },
        insurance = new[] { new { sequence = 1, focal = true, coverage = new { display = "Acme Health" } } },
        item = new[]
        {
            new
            {
                sequence = 1,
                diagnosisSequence = new[] { 1 },
                productOrService = code.Length == 0
                    ? (object)new { text = "office visit" }
                    : new { coding = new[] { new { system = "http://www.ama-assn.org/go/cpt", code } } },
                servicedDate = "2026-11-02",
                net = new { value = net, currency = "USD" },
            },
        },
        total = new { value = net, currency = "USD" },
    };

    public static object DeniedEob(string id, string claimId) => Eob(id, claimId, "1", paid: 0m, new object[]
    {
        Adjudication("submitted", 150m),
        Adjudication("benefit", 0m),
        new
        {
            category = new { coding = new[] { new { system = "http://hl7.org/fhir/us/carin-bb/CodeSystem/C4BBAdjudication", code = "noncovered" } } },
            reason = new { coding = new[] { new { system = "https://x12.org/codes/claim-adjustment-reason-codes", code = "50", display = "Not medically necessary" } } },
            amount = new { value = 150m, currency = "USD" },
        },
    });

    /// <summary>
    /// A denied EOB whose reason carries a remark code (RARC) beside its CARC, and a line adjudication whose only reason
    /// is a remark, coded in X12's remark code system as payers send them.
    /// </summary>
    public static object DeniedEobWithRemarks(string id, string claimId) => Eob(id, claimId, "1", paid: 0m, new object[]
    {
        Adjudication("submitted", 150m),
        Adjudication("benefit", 0m),
        new
        {
            category = new { coding = new[] { new { system = "http://hl7.org/fhir/us/carin-bb/CodeSystem/C4BBAdjudication", code = "noncovered" } } },
            reason = new
            {
                coding = new[]
                {
                    new { system = "https://x12.org/codes/claim-adjustment-reason-codes", code = "50", display = "Not medically necessary" },
                    new { system = "https://x12.org/codes/remittance-advice-remark-codes", code = "N115", display = "This decision was based on a Local Coverage Determination (LCD)." },
                },
            },
            amount = new { value = 150m, currency = "USD" },
        },
        new
        {
            category = new { coding = new[] { new { system = "http://hl7.org/fhir/us/carin-bb/CodeSystem/C4BBAdjudication", code = "denialreason" } } },
            reason = new { coding = new[] { new { system = "https://x12.org/codes/remittance-advice-remark-codes", code = "m127" } } },
        },
    });

    public static object PaidEob(string id, string claimId, string version, decimal paid, string status = "active", string use = "claim", string outcome = "complete") =>
        Eob(id, claimId, version, paid, new object[] { Adjudication("submitted", 150m), Adjudication("benefit", paid), Adjudication("copay", 150m - paid) }, status, use, outcome);

    /// <summary>A paid EOB whose billed, eligible and paid amounts each carry a reason, as some payers send them.</summary>
    public static object PaidEobWithReasonedAmounts(string id, string claimId) => Eob(id, claimId, "1", 100m, new object[]
    {
        Reasoned("submitted", 150m, "45"),
        Reasoned("eligible", 150m, "50"),
        Reasoned("benefit", 100m, "97"),
        Adjudication("copay", 50m),
    });

    private static object Reasoned(string category, decimal amount, string reason) => new
    {
        category = new { coding = new[] { new { system = "http://terminology.hl7.org/CodeSystem/adjudication", code = category } } },
        reason = new { coding = new[] { new { system = "https://x12.org/codes/claim-adjustment-reason-codes", code = reason } } },
        amount = new { value = amount, currency = "USD" },
    };

    private static object Eob(string id, string claimId, string version, decimal paid, object[] adjudication, string status = "active", string use = "claim", string outcome = "complete") => new
    {
        resourceType = "ExplanationOfBenefit",
        id,
        meta = new { versionId = version },
        status,
        type = new { coding = new[] { new { system = "http://terminology.hl7.org/CodeSystem/claim-type", code = "professional" } } },
        use,
        patient = new { reference = $"Patient/{PatientId}" },
        created = "2026-11-20",
        insurer = new { identifier = new { system = "urn:payer", value = "ACME01" }, display = "Acme Health" },
        provider = new { display = "Mesh Family Clinic" },
        claim = new { reference = $"Claim/{claimId}" },
        outcome,
        insurance = new[] { new { focal = true, coverage = new { display = "Acme Health" } } },
        item = new[]
        {
            new
            {
                sequence = 1,
                productOrService = new { coding = new[] { new { system = "http://www.ama-assn.org/go/cpt", code = "99213" } } },
                servicedDate = "2026-11-02",
                net = new { value = 150m, currency = "USD" },
                adjudication,
            },
        },
        total = new[] { new { category = new { coding = new[] { new { code = "submitted" } } }, amount = new { value = 150m, currency = "USD" } } },
        payment = new { amount = new { value = paid, currency = "USD" }, date = "2026-11-20" },
    };

    private static object Adjudication(string category, decimal amount) => new
    {
        category = new { coding = new[] { new { system = "http://terminology.hl7.org/CodeSystem/adjudication", code = category } } },
        amount = new { value = amount, currency = "USD" },
    };
}
