using Mesh.Grains.Patients;

namespace Mesh.Grains.Tests.Patients;

/// <summary>What an imported resource does to the one the patient keeps under its type and id.</summary>
public sealed class ResourceVersionsTests
{
    private static PatientResource Resource(string? version, string json = "{}") => new("Condition", "c1", version, DateTimeOffset.UnixEpoch, json);

    [Theory]
    [InlineData("2", "2", PatientImportOutcome.Unchanged)]
    [InlineData("2", "10", PatientImportOutcome.Updated)]
    [InlineData("10", "9", PatientImportOutcome.Conflict)]
    [InlineData("abc", "abc", PatientImportOutcome.Unchanged)]
    public void Versions_CompareAsNumbersWhenTheyAreNumbers(string kept, string incoming, PatientImportOutcome expected)
    {
        Assert.Equal(expected, ResourceVersions.Compare(Resource(kept), Resource(incoming)));
    }

    [Fact]
    public void UnversionedOrUncomparable_ReplacesUnlessTheContentIsTheSame()
    {
        Assert.Equal(PatientImportOutcome.Unchanged, ResourceVersions.Compare(Resource(null, "{\"a\":1}"), Resource(null, "{\"a\":1}")));
        Assert.Equal(PatientImportOutcome.Updated, ResourceVersions.Compare(Resource(null, "{\"a\":1}"), Resource(null, "{\"a\":2}")));
        Assert.Equal(PatientImportOutcome.Updated, ResourceVersions.Compare(Resource("x", "{\"a\":1}"), Resource("y", "{\"a\":2}")));
        Assert.Equal(PatientImportOutcome.Created, ResourceVersions.Compare(null, Resource("1")));
    }

    [Fact]
    public void ImportedFacts_ReplaceOnlyTheFactsOfTheResourcesWritten()
    {
        var entered = new PatientAllergy("latex", null);
        var old = new PatientAllergy("penicillin", null, new PatientFactSource("AllergyIntolerance", "a1"));
        var other = new PatientAllergy("peanuts", null, new PatientFactSource("AllergyIntolerance", "a2"));
        var kept = new PatientClinicalFacts([], [], [entered, old, other], []);
        var incoming = new PatientClinicalFacts([], [], [new PatientAllergy("amoxicillin", null, old.Source)], []);

        var merged = ImportedFacts.Merge(kept, incoming, new HashSet<string> { "AllergyIntolerance/a1" });

        Assert.Equal(["latex", "peanuts", "amoxicillin"], merged.Allergies.Select(a => a.Substance));
    }
}
