using System.Globalization;
using System.Text.Json;
using Hl7.Fhir.Model;
using Mesh.Grains.Patients;
using Mesh.Grains.Reports;

namespace Mesh.WebFrontend.Fhir;

/// <summary>Turns what Mesh keeps about a patient back into FHIR R4: the Patient, the imported resources, signed reports.</summary>
internal static class FhirExport
{
    /// <summary>
    /// The Patient as Mesh knows them now: the imported Patient (when there is one) with the demographics kept in
    /// Mesh written over it, so edits made through /api/v1/patients show; a patient made in Mesh gets a new one.
    /// </summary>
    public static Patient Patient(PatientRecord record, PatientResource? imported)
    {
        var patient = imported is null ? new Patient() : (Patient)FhirFormat.FromJson(imported.Json);
        var d = record.Demographics;
        patient.Id = record.Id;
        patient.Meta ??= new Meta();
        patient.Meta.LastUpdated = record.UpdatedAt;
        patient.Name = [new HumanName { Use = HumanName.NameUse.Official, Family = d.FamilyName, Given = d.GivenName.Split(' ', StringSplitOptions.RemoveEmptyEntries) }];
        patient.BirthDate = d.BirthDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        patient.Gender = d.Sex switch
        {
            PatientSex.Female => AdministrativeGender.Female,
            PatientSex.Male => AdministrativeGender.Male,
            PatientSex.Other => AdministrativeGender.Other,
            _ => AdministrativeGender.Unknown,
        };
        patient.Identifier = [.. d.Identifiers.Select(i => new Identifier(i.System, i.Value))];
        patient.Communication =
        [
            new Patient.CommunicationComponent
            {
                Language = new CodeableConcept("urn:ietf:bcp:47", d.Language),
                Preferred = true,
            },
        ];
        return patient;
    }

    /// <summary>A signed report as a DocumentReference with its PDF attached.</summary>
    public static DocumentReference Report(string patientId, ReportListing report, byte[] pdf) => new()
    {
        Id = $"{report.ReportId}-v{report.Version}",
        Status = DocumentReferenceStatus.Current,
        DocStatus = CompositionStatus.Final,
        Type = new CodeableConcept("http://loinc.org", "11506-3", "Progress note"),
        Subject = new ResourceReference($"Patient/{patientId}"),
        Date = report.FinalizedAt,
        Author = [new ResourceReference { Display = report.DoctorId }],
        Description = $"Signed report {report.ReportId}, version {report.Version}",
        Content =
        [
            new DocumentReference.ContentComponent
            {
                Attachment = new Attachment
                {
                    ContentType = "application/pdf",
                    Data = pdf,
                    Title = $"{report.ReportId}-v{report.Version}.pdf",
                    Creation = report.FinalizedAt.ToString("o", CultureInfo.InvariantCulture),
                },
            },
        ],
    };

    /// <summary>A searchset Bundle written straight from the stored JSON, so large records are not parsed again.</summary>
    public static byte[] SearchsetJson(IReadOnlyList<(string Type, string Id, string Json)> resources)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("resourceType", "Bundle");
            writer.WriteString("type", "searchset");
            writer.WriteNumber("total", resources.Count);
            writer.WriteStartArray("entry");
            foreach (var (type, id, json) in resources)
            {
                writer.WriteStartObject();
                writer.WriteString("fullUrl", $"{type}/{id}");
                writer.WritePropertyName("resource");
                writer.WriteRawValue(json, skipInputValidation: true);
                writer.WriteStartObject("search");
                writer.WriteString("mode", "match");
                writer.WriteEndObject();
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return buffer.ToArray();
    }

    /// <summary>The same searchset as a Bundle object, for XML.</summary>
    public static Bundle Searchset(IReadOnlyList<(string Type, string Id, string Json)> resources)
    {
        var bundle = new Bundle { Type = Bundle.BundleType.Searchset, Total = resources.Count };
        foreach (var (type, id, json) in resources)
        {
            bundle.Entry.Add(new Bundle.EntryComponent
            {
                FullUrl = $"{type}/{id}",
                Resource = FhirFormat.FromJson(json),
                Search = new Bundle.SearchComponent { Mode = Bundle.SearchEntryMode.Match },
            });
        }

        return bundle;
    }
}
