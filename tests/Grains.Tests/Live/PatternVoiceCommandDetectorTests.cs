using Mesh.Grains.Live;

namespace Mesh.Grains.Tests.Live;

public sealed class PatternVoiceCommandDetectorTests
{
    private static readonly DateOnly Today = new(2026, 1, 31);

    [Theory]
    [InlineData("Add a note: patient prefers morning appointments.", "patient prefers morning appointments.")]
    [InlineData("add a note that the patient works night shifts", "the patient works night shifts")]
    [InlineData("Note that the rash started after the new detergent.", "the rash started after the new detergent.")]
    [InlineData("Mesh, note: mother had breast cancer at 45", "mother had breast cancer at 45")]
    [InlineData("OK Mesh, please make a note of the penicillin allergy", "the penicillin allergy")]
    [InlineData("Make a quick note, wife will call about the results", "wife will call about the results")]
    [InlineData("Jot down that he walks two kilometres a day", "he walks two kilometres a day")]
    [InlineData("Add to the notes: no smoking since 2019", "no smoking since 2019")]
    [InlineData("The wound is clean. Mesh, add a note: dressing changed today.", "dressing changed today.")]
    public async Task DetectAsync_EnglishNote_ReturnsTheNoteAsSaid(string utterance, string text)
    {
        var command = await DetectAsync(utterance);

        Assert.Equal(new AddNoteCommand(text), command);
    }

    [Theory]
    [InlineData("Schedule a follow-up in two weeks.", 14)]
    [InlineData("follow up in 3 days", 3)]
    [InlineData("Book a follow-up appointment in one month", 28)] // 31 January + 1 month is 28 February
    [InlineData("Mesh, schedule a follow up visit in six weeks please", 42)]
    [InlineData("Schedule a control in a couple of weeks", 14)]
    [InlineData("schedule a follow-up with cardiology in 10 days", 10)]
    [InlineData("Arrange a check-up in a fortnight", 14)]
    [InlineData("Schedule a review next week", 7)]
    [InlineData("Follow-up in twenty one days", 21)]
    [InlineData("Book an appointment three months from now", 89)]
    [InlineData("Schedule a follow-up in one year", 365)]
    [InlineData("Schedule a follow up in half a year", 181)]
    public async Task DetectAsync_EnglishFollowUp_CountsDaysAndDueDateFromToday(string utterance, int days)
    {
        var command = Assert.IsType<ScheduleFollowUpCommand>(await DetectAsync(utterance));

        Assert.Equal(days, command.Days);
        Assert.Equal(Today.AddDays(days), command.DueDate);
    }

    [Fact]
    public async Task DetectAsync_FollowUpInMonths_CountsCalendarMonths()
    {
        var command = await new PatternVoiceCommandDetector().DetectAsync("schedule a follow-up in 3 months", "en", new DateOnly(2026, 5, 15), CancellationToken.None);

        Assert.Equal(new ScheduleFollowUpCommand(92, new DateOnly(2026, 8, 15)), command);
    }

    [Theory]
    [InlineData("Prescribe amoxicillin 500 mg three times a day for 7 days.", "amoxicillin", "500 mg", "three times daily", "7 days")]
    [InlineData("prescribe ibuprofen 400 milligrams as needed", "ibuprofen", "400 mg", "as needed", null)]
    [InlineData("Mesh, prescribe lisinopril ten milligrams once daily", "lisinopril", "10 mg", "once daily", null)]
    [InlineData("Prescribe a short course of prednisone 40 mg daily for five days", "prednisone", "40 mg", "once daily", "5 days")]
    [InlineData("Write a prescription for azithromycin 250 mg once a day for a week", "azithromycin", "250 mg", "once daily", "1 week")]
    [InlineData("Start the patient on metformin 500 mg twice a day", "metformin", "500 mg", "twice daily", null)]
    [InlineData("prescribe omeprazole", "omeprazole", null, null, null)]
    [InlineData("Prescribe Xylotrin 20 mg at bedtime", "Xylotrin", "20 mg", "at night", null)]
    [InlineData("Prescribe amoxicillin 500 mg. Follow up in two weeks.", "amoxicillin", "500 mg", null, null)]
    public async Task DetectAsync_EnglishPrescription_ReadsDrugDoseFrequencyAndDuration(
        string utterance, string drug, string? dose, string? frequency, string? duration)
    {
        var command = await DetectAsync(utterance);

        Assert.Equal(new PrescribeCommand(drug, dose, frequency, duration), command);
    }

    [Theory]
    [InlineData("The patient was prescribed amoxicillin last year.")]
    [InlineData("I prescribed amoxicillin 500 mg last week.")]
    [InlineData("Prescribed amoxicillin last year, it gave her a rash.")]
    [InlineData("We noted a rash on the left forearm.")]
    [InlineData("I noted that the blood pressure was high.")]
    [InlineData("The note from the last visit says she stopped smoking.")]
    [InlineData("Notes were sent to the GP.")]
    [InlineData("Prescribe amoxicillin?")]
    [InlineData("Should we schedule a follow-up in two weeks?")]
    [InlineData("Don't prescribe amoxicillin, she is allergic.")]
    [InlineData("Do not add a note about that.")]
    [InlineData("We will schedule a follow-up in two weeks.")]
    [InlineData("The follow-up in two weeks went well.")]
    [InlineData("Follow-up was planned in two weeks but she did not come.")]
    [InlineData("She had a follow-up visit in March.")]
    [InlineData("Prescribe something for the pain.")]
    [InlineData("Prescribe nothing for now.")]
    [InlineData("Add a note.")]
    [InlineData("Add a note:")]
    [InlineData("Schedule a follow-up.")]
    [InlineData("Schedule a follow-up in zero days.")]
    [InlineData("Schedule a follow-up in 9000 years.")]
    [InlineData("How long have you had the cough?")]
    [InlineData("Take a deep breath for me.")]
    [InlineData("The amoxicillin 500 mg three times a day did not help.")]
    [InlineData("My mesh of symptoms, prescribe amoxicillin they said.")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("Mesh,")]
    [InlineData("... , ; !")]
    public async Task DetectAsync_OrdinarySpeech_IsNotACommand(string utterance)
    {
        Assert.Null(await DetectAsync(utterance));
    }

    [Theory]
    [InlineData("Jegyezd fel, hogy a beteg reggel dolgozik.", "a beteg reggel dolgozik.")]
    [InlineData("Mesh, jegyezd fel: penicillinre allergiás", "penicillinre allergiás")]
    [InlineData("Írd fel, hogy a lánya fogja elkísérni.", "a lánya fogja elkísérni.")]
    [InlineData("Megjegyzés: a vérnyomásnapló hiányzik", "a vérnyomásnapló hiányzik")]
    public async Task DetectAsync_HungarianNote_ReturnsTheNoteAsSaid(string utterance, string text)
    {
        Assert.Equal(new AddNoteCommand(text), await DetectAsync(utterance, "hu"));
    }

    [Theory]
    [InlineData("Kontroll két hét múlva.", 14)]
    [InlineData("kontroll 3 nap múlva", 3)]
    [InlineData("Kérek egy kontrollt egy hónap múlva", 28)]
    [InlineData("Mesh, ütemezz be egy kontrollvizsgálatot tíz nap múlva", 10)]
    [InlineData("Két hét múlva legyen kontroll", 14)]
    [InlineData("Kontroll hét hét múlva", 49)]
    [InlineData("Kontroll fél év múlva", 181)]
    [InlineData("Kontroll tizennégy nap múlva", 14)]
    public async Task DetectAsync_HungarianFollowUp_CountsDays(string utterance, int days)
    {
        var command = Assert.IsType<ScheduleFollowUpCommand>(await DetectAsync(utterance, "hu"));

        Assert.Equal(days, command.Days);
        Assert.Equal(Today.AddDays(days), command.DueDate);
    }

    [Theory]
    [InlineData("Írj fel amoxicillint 500 mg naponta háromszor 7 napig.", "amoxicillin", "500 mg", "three times daily", "7 days")]
    [InlineData("Mesh, írjon fel neki ibuprofent 400 mg szükség esetén", "ibuprofen", "400 mg", "as needed", null)]
    [InlineData("Rendelj metformint 1000 mg naponta kétszer", "metformin", "1000 mg", "twice daily", null)]
    [InlineData("Írd fel a betegnek a pantoprazolt 40 mg reggel két hétre", "pantoprazol", "40 mg", "in the morning", "2 weeks")]
    public async Task DetectAsync_HungarianPrescription_ReadsItsParts(string utterance, string drug, string? dose, string? frequency, string? duration)
    {
        Assert.Equal(new PrescribeCommand(drug, dose, frequency, duration), await DetectAsync(utterance, "hu"));
    }

    [Theory]
    [InlineData("Tavaly amoxicillint írtak fel neki.")]
    [InlineData("Felírtam amoxicillint a múlt héten.")]
    [InlineData("A kontroll két hét múlva volt.")]
    [InlineData("Kontroll két hét múlva volt, de nem jött el.")]
    [InlineData("Feljegyeztük, hogy kiütése van.")]
    [InlineData("Írjak fel valamit a fájdalomra?")]
    [InlineData("Írj fel valamit a fájdalomra.")]
    [InlineData("Mióta köhög?")]
    public async Task DetectAsync_HungarianOrdinarySpeech_IsNotACommand(string utterance)
    {
        Assert.Null(await DetectAsync(utterance, "hu"));
    }

    [Fact]
    public async Task DetectAsync_EnglishCommandInHungarianEncounter_IsFound()
    {
        Assert.Equal(new AddNoteCommand("patient speaks German too"), await DetectAsync("Add a note: patient speaks German too", "hu-HU"));
    }

    [Fact]
    public async Task DetectAsync_HungarianCommandInEnglishEncounter_IsNotRead()
    {
        Assert.Null(await DetectAsync("Kontroll két hét múlva.", "en"));
    }

    [Fact]
    public async Task DetectAsync_VeryLongOrdinaryUtterance_ReturnsNullQuickly()
    {
        var utterance = string.Concat(Enumerable.Repeat("the patient noted that the prescribed follow up in two weeks went well and ", 2000));

        Assert.Null(await DetectAsync(utterance));
    }

    private static Task<VoiceCommand?> DetectAsync(string utterance, string language = "en") =>
        new PatternVoiceCommandDetector().DetectAsync(utterance, language, Today, CancellationToken.None);
}
