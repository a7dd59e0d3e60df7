using System.Text.Json;
using Mesh.Grains.Scribe;

namespace Mesh.Grains.Tests.Scribe;

public sealed class ClinicalDraftJsonTests
{
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    [Fact]
    public async Task Serialize_UsesCamelCaseNamesAndEnumStrings()
    {
        var (_, draft) = await DraftAssert.DraftAsync(EnglishVisits.Hypertension, "en");

        using var json = JsonDocument.Parse(JsonSerializer.Serialize(draft, Web));
        var root = json.RootElement;

        Assert.Equal("headache", root.GetProperty("chiefComplaint").GetProperty("text").GetString());
        var medication = root.GetProperty("medications")[0];
        Assert.Equal("changed", medication.GetProperty("status").GetString());
        var evidence = medication.GetProperty("evidence")[0];
        Assert.Equal(["segmentId", "start", "end", "quote"], evidence.EnumerateObject().Select(p => p.Name));
        Assert.Equal("bloodPressure", root.GetProperty("vitals")[0].GetProperty("kind").GetString());
        Assert.Contains(root.GetProperty("actionables").EnumerateArray(), a => a.GetProperty("kind").GetString() == "followUp");
    }

    [Fact]
    public async Task Deserialize_RoundTripsTheDraft()
    {
        var (_, draft) = await DraftAssert.DraftAsync(HungarianVisits.Thyroid, "hu");

        var copy = JsonSerializer.Deserialize<ClinicalDraft>(JsonSerializer.Serialize(draft, Web), Web)!;

        Assert.Equal(draft.Medications.Select(m => (m.Name, m.Status, m.Dose)), copy.Medications.Select(m => (m.Name, m.Status, m.Dose)));
        Assert.Equal(draft.Vitals.Select(v => (v.Kind, v.Value)), copy.Vitals.Select(v => (v.Kind, v.Value)));
        Assert.Equal(draft.Allergies[0].Evidence[0], copy.Allergies[0].Evidence[0]);
    }
}
