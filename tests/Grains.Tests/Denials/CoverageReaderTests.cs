using Mesh.Grains.Denials;
using Mesh.Grains.Denials.Clinic;
using Mesh.Grains.Patients;

namespace Mesh.Grains.Tests.Denials;

public sealed class CoverageReaderTests
{
    private static PatientResource Coverage(string id, string json) => new("Coverage", id, "1", DateTimeOffset.UnixEpoch, json);

    [Fact]
    public void Periods_ComeFromActiveCoverages_WithTheirPayer()
    {
        var periods = CoverageReader.Periods(
        [
            Coverage("c1", """{"resourceType":"Coverage","status":"active","period":{"start":"2025-01-01","end":"2025-02-28T23:59:59Z"},"payor":[{"identifier":{"value":"AET"}}]}"""),
            Coverage("c2", """{"resourceType":"Coverage","status":"cancelled","period":{"start":"2025-03-01"}}"""),
            Coverage("c3", """{"resourceType":"Coverage","status":"active","period":{"start":"2026"},"payor":[{"reference":"Organization/9"}]}"""),
            new PatientResource("Condition", "x", null, DateTimeOffset.UnixEpoch, "{}"),
        ]);

        Assert.Equal([new CoveragePeriod("AET", new DateOnly(2025, 1, 1), new DateOnly(2025, 2, 28)), new CoveragePeriod(null, null, null)], periods);
    }
}
