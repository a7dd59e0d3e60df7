using Mesh.Runtime.AdoNet;
using Mesh.Testing;

namespace Mesh.Runtime.Tests.Storage;

public abstract class ReportTableTests(StorageTarget target) : StorageTests(target)
{
    private static readonly DateTimeOffset Signed = new(2026, 3, 1, 9, 30, 0, TimeSpan.Zero);

    private ReportTable Table => new(Database);

    /// <summary>A report version with distinct, checkable content.</summary>
    public static StoredReport Report(
        string reportId,
        int version,
        string tenant = "clinic-a",
        string patientId = "p-1",
        string? draftId = null,
        int minute = 0) =>
        new(
            tenant,
            reportId,
            version,
            version == 1 ? null : version - 1,
            patientId,
            "doctor-1",
            draftId ?? $"draft-{reportId}-{version}",
            Signed.AddMinutes(minute),
            $$"""{"report":"{{reportId}}","version":{{version}}}""",
            [0x25, 0x50, 0x44, 0x46, (byte)version, 0x00],
            $"sha-{reportId}-{version}");

    [Fact]
    public async Task InsertAsync_ThenGetAsync_RoundTripsEveryField()
    {
        var report = Report("r-1", 1) with { FinalizedAt = Signed.ToOffset(TimeSpan.FromHours(-5)).AddTicks(10) };
        await Table.InsertAsync(report);

        var stored = await Table.GetAsync("clinic-a", "r-1", 1);

        AssertSame(report with { FinalizedAt = report.FinalizedAt.ToUniversalTime() }, stored);
        Assert.Equal(TimeSpan.Zero, stored!.FinalizedAt.Offset);
    }

    [Fact]
    public async Task GetAsync_WithoutVersion_ReturnsTheLatestAndWithVersionThatVersion()
    {
        await Table.InsertAsync(Report("r-1", 1));
        await Table.InsertAsync(Report("r-1", 3));
        await Table.InsertAsync(Report("r-1", 2));

        AssertSame(Report("r-1", 3), await Table.GetAsync("clinic-a", "r-1"));
        AssertSame(Report("r-1", 2), await Table.GetAsync("clinic-a", "r-1", 2));
        Assert.Null(await Table.GetAsync("clinic-a", "r-1", 4));
        Assert.Null(await Table.GetAsync("clinic-a", "r-2"));
        Assert.Null(await Table.GetAsync("clinic-b", "r-1"));
    }

    [Fact]
    public async Task InsertAsync_ExistingVersion_ThrowsConflictAndKeepsTheOriginal()
    {
        await Table.InsertAsync(Report("r-1", 1));
        var rewrite = Report("r-1", 1) with { ContentJson = "{}", Pdf = [1], PdfSha256 = "other" };

        await Assert.ThrowsAsync<VersionConflictException>(() => Table.InsertAsync(rewrite));

        AssertSame(Report("r-1", 1), await Table.GetAsync("clinic-a", "r-1", 1));
    }

    [Fact]
    public async Task InsertAsync_SameReportIdInAnotherTenant_IsASeparateReport()
    {
        await Table.InsertAsync(Report("r-1", 1));
        await Table.InsertAsync(Report("r-1", 1, tenant: "clinic-b", patientId: "p-9"));

        Assert.Equal("p-1", (await Table.GetAsync("clinic-a", "r-1"))!.PatientId);
        Assert.Equal("p-9", (await Table.GetAsync("clinic-b", "r-1"))!.PatientId);
    }

    [Fact]
    public async Task FindByDraftAsync_ReturnsTheFirstVersionFinalizedFromTheDraft()
    {
        await Table.InsertAsync(Report("r-1", 1, draftId: "d-1"));
        await Table.InsertAsync(Report("r-1", 2, draftId: "d-1"));

        AssertSame(Report("r-1", 1, draftId: "d-1"), await Table.FindByDraftAsync("clinic-a", "d-1"));
        Assert.Null(await Table.FindByDraftAsync("clinic-a", "d-2"));
        Assert.Null(await Table.FindByDraftAsync("clinic-b", "d-1"));
    }

    [Fact]
    public async Task ListForPatientAsync_ReturnsTheLatestVersionOfEachReportNewestFirstWithoutPdf()
    {
        await Table.InsertAsync(Report("r-old", 1, minute: 0));
        await Table.InsertAsync(Report("r-new", 1, minute: 10));
        await Table.InsertAsync(Report("r-old", 2, minute: 5));
        await Table.InsertAsync(Report("r-other-patient", 1, patientId: "p-2", minute: 20));
        await Table.InsertAsync(Report("r-other-tenant", 1, tenant: "clinic-b", minute: 30));

        var listed = await Table.ListForPatientAsync("clinic-a", "p-1");

        Assert.Equal([("r-new", 1), ("r-old", 2)], listed.Select(r => (r.ReportId, r.Version)));
        Assert.All(listed, r => Assert.Empty(r.Pdf));
        Assert.Equal($"sha-r-old-2", listed[1].PdfSha256);
        Assert.Empty(await Table.ListForPatientAsync("clinic-a", "p-3"));
    }

    private static void AssertSame(StoredReport expected, StoredReport? actual)
    {
        Assert.NotNull(actual);
        // Records compare byte[] by reference; compare the bytes on their own.
        Assert.Equal(expected.Pdf, actual.Pdf);
        Assert.Equal(expected with { Pdf = [] }, actual with { Pdf = [] }, (a, b) => a.ToString() == b.ToString());
    }
}

public sealed class SqliteReportTableTests() : ReportTableTests(new SqliteTarget());

[Collection("postgres")]
public sealed class PostgresReportTableTests(PostgresFixture fixture) : ReportTableTests(new PostgresTarget(fixture));
