using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Hl7.Fhir.Model;
using Mesh.Grains.Patients;

namespace Mesh.WebFrontend.Fhir;

/// <summary>
/// The facts typed into Mesh (no imported source) as FHIR resources, so a patient made through /api/v1/patients
/// exports whole. Their ids are derived from the fact, so the same fact keeps its id from one read to the next.
/// </summary>
internal static class FhirMeshFacts
{
    public static IEnumerable<Resource> Of(PatientRecord record)
    {
        var subject = new ResourceReference($"Patient/{record.Id}");
        var facts = record.Facts;
        foreach (var c in facts.Conditions.Where(c => c.Source is null))
        {
            var code = new CodeableConcept { Text = c.Text };
            if (c.Icd10 is not null)
            {
                code.Coding.Add(new Coding("http://hl7.org/fhir/sid/icd-10-cm", c.Icd10));
            }

            yield return new Condition
            {
                Id = Id("condition", c.Text, c.Icd10),
                Code = code,
                Subject = subject,
                ClinicalStatus = new CodeableConcept("http://terminology.hl7.org/CodeSystem/condition-clinical", c.Active ? "active" : "resolved"),
                Onset = c.Onset is { } onset ? new FhirDateTime(onset.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)) : null,
            };
        }

        foreach (var a in facts.Allergies.Where(a => a.Source is null))
        {
            var allergy = new AllergyIntolerance { Id = Id("allergy", a.Substance), Code = new CodeableConcept { Text = a.Substance }, Patient = subject };
            if (a.Reaction is not null)
            {
                allergy.Reaction.Add(new AllergyIntolerance.ReactionComponent { Manifestation = [new CodeableConcept { Text = a.Reaction }] });
            }

            yield return allergy;
        }

        foreach (var m in facts.Medications.Where(m => m.Source is null))
        {
            var dosage = string.Join(' ', new[] { m.Dose, m.Route, m.Frequency }.Where(p => !string.IsNullOrWhiteSpace(p)));
            yield return new MedicationStatement
            {
                Id = Id("medication", m.Name, m.Dose, m.Route, m.Frequency),
                Status = m.Active ? MedicationStatement.MedicationStatusCodes.Active : MedicationStatement.MedicationStatusCodes.Completed,
                Medication = new CodeableConcept { Text = m.Name },
                Subject = subject,
                Dosage = dosage.Length > 0 ? [new Dosage { Text = dosage }] : [],
            };
        }

        foreach (var o in facts.Observations.Where(o => o.Source is null))
        {
            yield return new Observation
            {
                Id = Id("observation", o.Kind, o.Value, o.Unit, o.RecordedAt.ToString("O", CultureInfo.InvariantCulture)),
                Status = ObservationStatus.Final,
                Code = new CodeableConcept { Text = o.Kind },
                Subject = subject,
                Effective = new FhirDateTime(o.RecordedAt),
                Value = decimal.TryParse(o.Value, NumberStyles.Number, CultureInfo.InvariantCulture, out var number)
                    ? new Quantity { Value = number, Unit = o.Unit }
                    : new FhirString(o.Unit is null ? o.Value : $"{o.Value} {o.Unit}"),
            };
        }
    }

    private static string Id(string kind, params string?[] parts)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\u001f', parts.Select(p => p ?? ""))));
        return $"mesh-{kind}-{Convert.ToHexStringLower(hash)[..16]}";
    }
}
