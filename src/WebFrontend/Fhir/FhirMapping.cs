using System.Globalization;
using Hl7.Fhir.Model;
using Task = System.Threading.Tasks.Task;
using Mesh.Grains.Patients;

namespace Mesh.WebFrontend.Fhir;

/// <summary>Maps FHIR R4 resources onto Mesh's patient demographics and clinical facts.</summary>
internal static class FhirMapping
{
    /// <summary>The resource types kept with the patient (besides Patient itself).</summary>
    public static readonly IReadOnlySet<string> PatientResourceTypes = new HashSet<string>(StringComparer.Ordinal)
    {
        "Encounter", "Condition", "Observation", "Procedure", "AllergyIntolerance", "MedicationRequest",
        "MedicationStatement", "Immunization", "Coverage", "Claim", "ExplanationOfBenefit",
    };

    /// <summary>Whether Mesh keeps resources of this type.</summary>
    public static bool IsImported(string resourceType) => resourceType == "Patient" || PatientResourceTypes.Contains(resourceType);

    /// <summary>The patient reference of a resource kept with a patient and the name of its field.</summary>
    public static (string? Reference, string Field) SubjectOf(Resource resource) => resource switch
    {
        AllergyIntolerance a => (a.Patient?.Reference, "patient"),
        Condition c => (c.Subject?.Reference, "subject"),
        MedicationRequest m => (m.Subject?.Reference, "subject"),
        MedicationStatement m => (m.Subject?.Reference, "subject"),
        Observation o => (o.Subject?.Reference, "subject"),
        Encounter e => (e.Subject?.Reference, "subject"),
        Procedure p => (p.Subject?.Reference, "subject"),
        Immunization i => (i.Patient?.Reference, "patient"),
        Coverage c => (c.Beneficiary?.Reference, "beneficiary"),
        Claim c => (c.Patient?.Reference, "patient"),
        ExplanationOfBenefit e => (e.Patient?.Reference, "patient"),
        _ => (null, "subject"),
    };

    /// <summary>The demographics of a Patient; fields FHIR leaves out stay null for the validator to name.</summary>
    public static (string? Given, string? Family, DateOnly? BirthDate, PatientSex Sex, string? Language, List<PatientIdentifier> Identifiers) Demographics(Patient patient)
    {
        var name = patient.Name.FirstOrDefault(n => n.Use?.ToString() == "Official") ?? patient.Name.FirstOrDefault();
        var given = name is null ? null : string.Join(' ', name.Given.Where(g => !string.IsNullOrWhiteSpace(g)));
        var birthDate = DateOnly.TryParseExact(patient.BirthDate, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date : (DateOnly?)null;
        var sex = patient.Gender?.ToString() switch
        {
            "Female" => PatientSex.Female,
            "Male" => PatientSex.Male,
            "Other" => PatientSex.Other,
            _ => PatientSex.Unknown,
        };
        var communication = patient.Communication.FirstOrDefault(c => c.Preferred == true) ?? patient.Communication.FirstOrDefault();
        var language = communication?.Language?.Coding.FirstOrDefault(c => !string.IsNullOrEmpty(c.Code))?.Code;
        var identifiers = patient.Identifier
            .Where(i => !string.IsNullOrWhiteSpace(i.Value))
            .Select(i => new PatientIdentifier(string.IsNullOrWhiteSpace(i.System) ? "unknown" : i.System, i.Value!))
            .ToList();
        return (string.IsNullOrWhiteSpace(given) ? null : given, name?.Family, birthDate, sex, language, identifiers);
    }

    /// <summary>
    /// Adds the fact a clinical resource states to <paramref name="facts"/>, or says what it lacks. Types that state
    /// no allergy, condition, medication or measurement (Encounter, Claim...) add nothing.
    /// </summary>
    public static FhirIssue? AddFact(Resource resource, string path, FactLists facts, DateTimeOffset now)
    {
        var source = new PatientFactSource(resource.TypeName, resource.Id ?? "");
        switch (resource)
        {
            case AllergyIntolerance a:
                if (Text(a.Code) is not { } substance)
                {
                    return FhirIssue.Invalid("The allergy names no substance.", $"{path}.code");
                }

                var reaction = a.Reaction.SelectMany(r => r.Manifestation).Select(Text).FirstOrDefault(t => t is not null);
                facts.Allergies.Add(new PatientAllergy(substance, reaction, source));
                return null;

            case Condition c:
                if (Text(c.Code) is not { } condition)
                {
                    return FhirIssue.Invalid("The condition has no code or text.", $"{path}.code");
                }

                var icd10 = c.Code?.Coding.FirstOrDefault(x => x.System?.Contains("icd-10", StringComparison.OrdinalIgnoreCase) == true)?.Code;
                var onset = c.Onset is FhirDateTime { Value: { Length: >= 10 } start }
                    && DateOnly.TryParseExact(start[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
                    ? day : (DateOnly?)null;
                var status = c.ClinicalStatus?.Coding.FirstOrDefault()?.Code;
                facts.Conditions.Add(new PatientCondition(condition, icd10, onset, status is null or "active" or "recurrence" or "relapse", source));
                return null;

            case MedicationRequest m:
                return AddMedication(m.Medication, m.DosageInstruction.FirstOrDefault(), m.Status?.ToString() is null or "Active" or "Draft" or "OnHold", path, facts, source);

            case MedicationStatement m:
                return AddMedication(m.Medication, m.Dosage.FirstOrDefault(), m.Status?.ToString() is null or "Active" or "Intended" or "OnHold", path, facts, source);

            case Observation o:
                if (Text(o.Code) is not { } kind)
                {
                    return FhirIssue.Invalid("The observation has no code or text.", $"{path}.code");
                }

                var (value, unit) = ValueOf(o.Value);
                if (value is null && o.Component.Count > 0)
                {
                    var parts = o.Component.Select(x => ValueOf(x.Value)).Where(x => x.Value is not null).ToList();
                    value = parts.Count > 0 ? string.Join('/', parts.Select(x => x.Value)) : null;
                    unit = parts.FirstOrDefault().Unit;
                }

                if (value is null)
                {
                    // A panel or a note without a value of its own is kept as a resource but is no measurement.
                    return null;
                }

                var recordedAt = o.Effective is FhirDateTime { Value: { } when }
                    && DateTimeOffset.TryParse(when, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at)
                    ? at : o.Issued ?? now;
                facts.Observations.Add(new PatientObservation(kind, value, unit, recordedAt, source));
                return null;

            default:
                return null;
        }
    }

    private static FhirIssue? AddMedication(DataType? medication, Dosage? dosage, bool active, string path, FactLists facts, PatientFactSource source)
    {
        var name = medication switch
        {
            CodeableConcept concept => Text(concept),
            ResourceReference reference => reference.Display,
            _ => null,
        };
        if (string.IsNullOrWhiteSpace(name))
        {
            return FhirIssue.Invalid("The medication has no code, text or display name.", $"{path}.medication");
        }

        var dose = dosage?.DoseAndRate.Select(d => d.Dose).OfType<Quantity>().Select(q => ValueOf(q)).FirstOrDefault();
        var doseText = dose?.Value is null ? null : dose.Value.Unit is null ? dose.Value.Value : $"{dose.Value.Value} {dose.Value.Unit}";
        var frequency = Text(dosage?.Timing?.Code) ?? dosage?.Text;
        facts.Medications.Add(new PatientMedication(name, doseText, Text(dosage?.Route), frequency, active, source));
        return null;
    }

    private static (string? Value, string? Unit) ValueOf(DataType? value) => value switch
    {
        Quantity { Value: { } number } q => (number.ToString(CultureInfo.InvariantCulture), q.Unit ?? q.Code),
        FhirString { Value: { } text } => (text, null),
        Integer { Value: { } number } => (number.ToString(CultureInfo.InvariantCulture), null),
        FhirBoolean { Value: { } flag } => (flag ? "true" : "false", null),
        CodeableConcept concept => (Text(concept), null),
        _ => (null, null),
    };

    private static string? Text(CodeableConcept? concept)
    {
        if (concept is null)
        {
            return null;
        }

        var text = concept.Text ?? concept.Coding.Select(c => c.Display ?? c.Code).FirstOrDefault(t => !string.IsNullOrWhiteSpace(t));
        return string.IsNullOrWhiteSpace(text) ? null : text.Trim();
    }
}

/// <summary>Facts gathered for one patient from the imported resources.</summary>
internal sealed class FactLists
{
    public List<PatientCondition> Conditions { get; } = [];

    public List<PatientMedication> Medications { get; } = [];

    public List<PatientAllergy> Allergies { get; } = [];

    public List<PatientObservation> Observations { get; } = [];

    public PatientClinicalFacts ToFacts() => new(Conditions, Medications, Allergies, Observations);
}
