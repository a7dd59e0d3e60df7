using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Mesh.Grains.AI.Privacy;

namespace Mesh.Grains.Tests.AI.Privacy;

public sealed partial class PhiDeidentifierTests
{
    private static readonly PhiSubject Patient = new("p-1", ["Anna Kiss"], new DateOnly(1961, 3, 14), ["XK-99812345"]);

    private readonly PhiDeidentifier _deidentifier = new();

    [Theory]
    [InlineData("Seen by Dr. Gregory Hausmann today.", PhiKind.Name, "Hausmann")]
    [InlineData("dr. Kovács Ödön látta.", PhiKind.Name, "Kovács")]
    [InlineData("Mrs. Okafor says the cough is worse at night.", PhiKind.Name, "Okafor")]
    [InlineData("My daughter Beatrix drives me to the clinic.", PhiKind.Name, "Beatrix")]
    [InlineData("Patient: Maria Lopez, DOB 1961-03-14", PhiKind.Name, "Lopez")]
    [InlineData("Reviewed.\nSigned: Peter Novak", PhiKind.Name, "Novak")]
    [InlineData("Report by Peter J. Novak, MD", PhiKind.Name, "Novak")]
    [InlineData("My name is Imre Szabó and my knee hurts.", PhiKind.Name, "Szabó")]
    [InlineData("Hi John, how are you?", PhiKind.Name, "John")]
    [InlineData("Frau Müller kommt morgen.", PhiKind.Name, "Müller")]
    [InlineData("Born on March 14, 1961 in the old hospital.", PhiKind.Date, "March 14")]
    [InlineData("DOB 03/14/1961.", PhiKind.Date, "03/14/1961")]
    [InlineData("Seen on 14.03.2024 and again later.", PhiKind.Date, "14.03.2024")]
    [InlineData("Follow-up on 2024-05-02.", PhiKind.Date, "2024-05-02")]
    [InlineData("Am 14. März 2024 operiert.", PhiKind.Date, "14. März")]
    [InlineData("Felvétel: 2024. március 14.", PhiKind.Date, "március 14")]
    [InlineData("Lives at 42 Maple Avenue, Springfield, IL 62704 with her son.", PhiKind.Address, "Maple")]
    [InlineData("Wohnt in der Hauptstraße 12, 10115 Berlin.", PhiKind.Address, "Hauptstraße 12")]
    [InlineData("Lakcím: Kossuth Lajos utca 12.", PhiKind.Address, "Kossuth")]
    [InlineData("I live at 1600 Pennsylvania Avenue NW, Washington, DC 20500.", PhiKind.Address, "Washington")]
    [InlineData("ZIP code 90210, no pets.", PhiKind.ZipCode, "90210")]
    [InlineData("Call me at (555) 867-5309 after five.", PhiKind.Phone, "867-5309")]
    [InlineData("Her number is 555-867-5309.", PhiKind.Phone, "867-5309")]
    [InlineData("Phone: +36 30 123 4567", PhiKind.Phone, "123 4567")]
    [InlineData("Or ring 06-30-123-4567 after lunch.", PhiKind.Phone, "123-4567")]
    [InlineData("Write to anna.kiss@example.com please.", PhiKind.Email, "anna.kiss@example.com")]
    [InlineData("Portal: https://portal.example.org/p/123.", PhiKind.Url, "portal.example.org")]
    [InlineData("MRN: 00482913, bed 4.", PhiKind.RecordNumber, "00482913")]
    [InlineData("Her member ID is QZ-4471902.", PhiKind.MemberNumber, "4471902")]
    [InlineData("Insurance number: 7781-2290-11", PhiKind.MemberNumber, "7781-2290-11")]
    [InlineData("Account no. 55-20931 is overdue.", PhiKind.AccountNumber, "55-20931")]
    [InlineData("SSN 123-45-6789 on file.", PhiKind.SocialSecurityNumber, "123-45-6789")]
    [InlineData("A TAJ számom 123 456 789.", PhiKind.SocialSecurityNumber, "456 789")]
    [InlineData("Device serial number SN88213377 implanted.", PhiKind.IdentifyingNumber, "SN88213377")]
    public void Deidentify_ReplacesTheIdentifier(string text, PhiKind kind, string planted)
    {
        var result = _deidentifier.Deidentify(text, subject: null);

        Assert.DoesNotContain(planted, result.Text, StringComparison.Ordinal);
        Assert.Contains(kind, result.Kinds);
    }

    [Theory]
    [InlineData("Doctor: Any allergies?\nPatient: None. I take metformin 500 mg twice daily.")]
    [InlineData("BP 120/80, HR 72, temp 38.2, SpO2 97%. WBC 11000. Chest PA view clear.")]
    [InlineData("Smoked from 2019-2021. Take 500-1000 mg paracetamol up to 4 times a day for 3 days.")]
    [InlineData("Patient: Yes, the pain started in 2019 after the fall.")]
    [InlineData("Patient reports white patches; Parkinson disease and Crohn disease in the family. MRI and CT normal.")]
    [InlineData("The nodule measures 4 mm, unchanged since the prior study. ICD-10 E11.9.")]
    [InlineData("Call 911 if chest pain. Take 1-2 tablets every 4-6 hours; 12 units glargine, 1000 Units heparin.")]
    [InlineData("Thank you Doctor. Hello Mesh, add a note: the 12-lead ECG at 09:30 showed sinus rhythm, QTc 430 ms.")]
    public void Deidentify_LeavesClinicalTextAlone(string text)
    {
        var result = _deidentifier.Deidentify(text, subject: null);

        Assert.Equal(text, result.Text);
        Assert.Empty(result.Kinds);
    }

    [Fact]
    public void Deidentify_PatientNamesAndIdentifiersFromTheRecord_EverywhereTheyAreCapitalised()
    {
        var subject = new PhiSubject("p-2", ["Rose", "White"], null, ["NAT-998877"]);

        var result = _deidentifier.Deidentify("Rose White has white patches. Mrs. White, id NAT-998877, is anxious. ROSE called.", subject);

        Assert.DoesNotContain("Rose", result.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("White", result.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("NAT-998877", result.Text, StringComparison.Ordinal);
        Assert.Contains("white patches", result.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("ROSE", result.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Deidentify_ANameFoundOnce_IsReplacedEverywhere()
    {
        var result = _deidentifier.Deidentify("My son Tamás brought me. Tamás says I fell twice.", subject: null);

        Assert.DoesNotContain("Tamás", result.Text, StringComparison.Ordinal);
        Assert.Equal(2, Placeholder().Matches(result.Text).Count(m => m.Value == "[NAME-1]"));
    }

    [Fact]
    public void Deidentify_DatesMoveTogether_SoIntervalsStayTrue()
    {
        var session = _deidentifier.Begin(Patient);

        var text = session.Deidentify("Admitted 03/01/2024, discharged 03/15/2024.");

        var dates = UsDate().Matches(text).Select(m => DateOnly.ParseExact(m.Value, "MM/dd/yyyy", CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(2, dates.Count);
        Assert.Equal(14, dates[1].DayNumber - dates[0].DayNumber);
        Assert.NotEqual(new DateOnly(2024, 3, 1), dates[0]);
        Assert.Equal(session.ShiftDays, dates[0].DayNumber - new DateOnly(2024, 3, 1).DayNumber);
        Assert.InRange(Math.Abs(session.ShiftDays), 30, 330);
    }

    [Fact]
    public void Deidentify_OnePatientsDates_MoveAlikeInEverySession()
    {
        var first = _deidentifier.Deidentify("Seen 2024-03-01.", Patient).Text;
        var second = _deidentifier.Deidentify("Seen 2024-03-01.", Patient with { Names = ["Someone Else"] }).Text;

        Assert.Equal(first, second);
        Assert.NotEqual("Seen 2024-03-01.", first);
    }

    [Fact]
    public void Reidentify_MapsPlaceholdersAndMovedDatesBack()
    {
        const string Text = "Patient: Anna Kiss, DOB 03/14/1961. Her daughter Eszter (phone 555-867-5309, eszter@example.com) "
            + "lives at 7 Linden Road. Member ID: XK-99812345. Seen by Dr. Hausmann on 14 March 2024 and 2024-04-02.";
        var session = _deidentifier.Begin(Patient);

        var outgoing = session.Deidentify(Text);

        foreach (var planted in new[] { "Anna", "Kiss", "03/14/1961", "Eszter", "867-5309", "eszter@", "Linden", "XK-99812345", "Hausmann", "14 March", "2024-04-02" })
        {
            Assert.DoesNotContain(planted, outgoing, StringComparison.Ordinal);
        }

        Assert.Equal(Text, session.Reidentify(outgoing));
    }

    [Fact]
    public void Reidentify_ADateTheModelReformatted_IsMovedBackInItsNewFormat()
    {
        var session = _deidentifier.Begin(Patient);
        var outgoing = session.Deidentify("Seen 2024-03-01.");
        var moved = DateOnly.ParseExact(IsoDate().Match(outgoing).Value, "yyyy-MM-dd", CultureInfo.InvariantCulture);

        var answer = session.Reidentify($"Visit on {moved.ToString("MMMM d, yyyy", CultureInfo.InvariantCulture)}.");

        Assert.Equal("Visit on March 1, 2024.", answer);
    }

    [Fact]
    public void ReidentifyJson_OriginalsWithQuotesKeepTheJsonValid()
    {
        var session = _deidentifier.Begin(new PhiSubject("p-3", ["Brian O'Neil"], null, []));
        var outgoing = session.Deidentify("Brian O'Neil \"the teacher\" came in.");

        var answer = session.ReidentifyJson(JsonSerializer.Serialize(new { quote = outgoing }));

        Assert.Equal("Brian O'Neil \"the teacher\" came in.", JsonDocument.Parse(answer).RootElement.GetProperty("quote").GetString());
    }

    [Fact]
    public void Placeholders_NeverCollideWithTextThatLooksLikeOne()
    {
        const string Text = "The form said [NAME-1] where Dr. Hausmann signed.";
        var session = _deidentifier.Begin(null);
        session.Reserve(Text);

        var outgoing = session.Deidentify(Text);

        Assert.Contains("[NAME-2]", outgoing, StringComparison.Ordinal);
        Assert.Equal(Text, session.Reidentify(outgoing));
    }

    [GeneratedRegex(@"\[NAME-\d+\]")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"\d{2}/\d{2}/\d{4}")]
    private static partial Regex UsDate();

    [GeneratedRegex(@"\d{4}-\d{2}-\d{2}")]
    private static partial Regex IsoDate();
}
