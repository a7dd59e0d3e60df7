using Mesh.Grains.Conversations;
using Mesh.Grains.Patients;
using Mesh.Grains.Reports;
using Mesh.Grains.Tests.Cluster;

namespace Mesh.Grains.Tests.Conversations;

public sealed class ConversationGrainTests : IAsyncLifetime
{
    private const string Visit = "Doctor: How are you?\nPatient: I have a headache for two days.\nDoctor: Take ibuprofen 400 mg three times a day.";
    private MeshCluster _silo = null!;

    public async Task InitializeAsync()
    {
        _silo = await MeshCluster.StartAsync();
        await Patient("p1").CreateAsync(new PatientDemographics("Anna", "Kiss", new DateOnly(1980, 1, 1), PatientSex.Female, "en", []), PatientClinicalFacts.None);
    }

    public async Task DisposeAsync() => await _silo.DisposeAsync();

    [Fact]
    public async Task Draft_IsKeptByItsConversationAndNotInTheRecord()
    {
        var conversation = Conversation("c1");

        var draft = await conversation.GenerateDraftAsync(new DraftRequest("p1", "dr-1", new DateOnly(2026, 11, 20), "en", null, Visit));

        Assert.Contains(draft.ClinicalDraft.Medications, m => m.Name == "ibuprofen");
        Assert.Equal(draft.PatientSummaryMd, (await conversation.GetDraftAsync(draft.DraftId))?.PatientSummaryMd);
        Assert.Empty(await Patient("p1").ListReportsAsync());
    }

    [Fact]
    public async Task Finalize_WritesReportListedForThePatient()
    {
        var conversation = Conversation("c2");
        var draft = await conversation.GenerateDraftAsync(new DraftRequest("p1", "dr-1", new DateOnly(2026, 11, 20), "en", null, Visit));

        var report = await conversation.FinalizeAsync(draft.DraftId, new ReviewedDraft(draft.ClinicalDraft, draft.PatientSummaryMd, []), new Signer("dr-1", "Dr. One"));

        var listed = Assert.Single(await Patient("p1").ListReportsAsync());
        Assert.Equal(report.ReportId, listed.ReportId);
        var pdf = await _silo.Client.GetGrain<IReportGrain>($"t1/{report.ReportId}").GetPdfAsync(null);
        Assert.Equal("%PDF"u8.ToArray(), pdf![..4]);
    }

    [Fact]
    public async Task UnknownPatient_IsRefused()
    {
        await Assert.ThrowsAsync<KeyNotFoundException>(() =>
            Conversation("c3").GenerateDraftAsync(new DraftRequest("nobody", "dr-1", new DateOnly(2026, 11, 20), "en", null, Visit)));
    }

    [Fact]
    public async Task AudioWithoutSpeechProviderOrTranscript_SaysHowToConfigureOne()
    {
        var wav = Mesh.Grains.Audio.WavWriter.Pcm16(new short[1600], 16_000, 1);

        var error = await Assert.ThrowsAsync<ScribeInputException>(() =>
            Conversation("c4").GenerateDraftAsync(new DraftRequest("p1", "dr-1", new DateOnly(2026, 11, 20), "en", wav, null)));

        Assert.Contains("Mesh:AI:SpeechToText", error.Message);
    }

    private IPatientGrain Patient(string id) => _silo.Client.GetGrain<IPatientGrain>(PatientKeys.For("t1", id));

    private IConversationGrain Conversation(string id) => _silo.Client.GetGrain<IConversationGrain>(ConversationKeys.For("t1", id));
}
