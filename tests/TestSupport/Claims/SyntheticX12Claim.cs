namespace Mesh.TestSupport.Claims;

/// <summary>One synthetic claim and the adjudication the synthetic 835 gives it.</summary>
internal sealed class SyntheticX12Claim
{
    private static readonly string[] FamilyNames = ["KISS", "NAGY", "SMITH", "GARCIA", "MULLER", "ROSSI", "NOVAK", "BERG"];
    private static readonly string[] GivenNames = ["ANNA", "PETER", "LILI", "JAMES", "MARIA", "OMAR", "EVA", "TOM"];
    internal static readonly (string Id, string Name)[] Payers = [("60054", "ACME HEALTH"), ("87726", "BLUE RIVER HEALTH PLAN"), ("39026", "LAKESIDE MUTUAL")];
    private static readonly string[] Diagnoses = ["E119", "I10", "J069", "Z0000", "M5450", "E785", "J029", "R051", "N390", "K219"];
    private static readonly (string Code, int Cents)[] Procedures = [("99213", 12000), ("99214", 18000), ("99203", 15000), ("36415", 2000), ("87880", 3000), ("81002", 1500), ("93000", 6000), ("G0439", 17500)];
    private static readonly string[] RenderingNpis = ["1987654328", "1678901236", "1324567894"];

    public required string Id { get; init; }
    public required (string Id, string Name) Payer { get; init; }
    public required string FamilyName { get; init; }
    public required string GivenName { get; init; }
    public required string MemberId { get; init; }
    public required string PatientId { get; init; }
    public required string BirthDate { get; init; }
    public required string Sex { get; init; }
    public required string ServiceDate { get; init; }
    public required string RenderingNpi { get; init; }
    public required IReadOnlyList<string> DiagnosisCodes { get; init; }
    public required IReadOnlyList<(string Code, int Cents)> Lines { get; init; }

    /// <summary>paid, underpaid, line-denied or denied.</summary>
    public required string Adjudication { get; init; }

    public int BilledCents => Lines.Sum(l => l.Cents);

    public int PaidCents => Adjudication == "denied" ? 0 : Lines.Select((l, i) => LinePayment(l.Cents, i).Paid).Sum();

    public static SyntheticX12Claim Create(Random random, int index)
    {
        var patient = random.Next(index + 1);
        var lines = Enumerable.Range(0, 1 + random.Next(3)).Select(_ => Procedures[random.Next(Procedures.Length)]).ToList();
        var roll = random.Next(100);
        return new SyntheticX12Claim
        {
            Id = $"SYN-{index + 1:000000}",
            Payer = Payers[patient % Payers.Length],
            FamilyName = FamilyNames[patient % FamilyNames.Length],
            GivenName = GivenNames[(patient / FamilyNames.Length) % GivenNames.Length],
            MemberId = $"M{patient:0000000}",
            PatientId = $"MRN-{patient:000000}",
            BirthDate = $"{1940 + (patient % 70)}{1 + (patient % 12):00}{1 + (patient % 28):00}",
            Sex = patient % 2 == 0 ? "F" : "M",
            ServiceDate = $"202611{1 + random.Next(28):00}",
            RenderingNpi = RenderingNpis[random.Next(RenderingNpis.Length)],
            DiagnosisCodes = Diagnoses.OrderBy(_ => random.Next()).Take(1 + random.Next(3)).ToList(),
            Lines = lines,
            Adjudication = roll < 70 ? "paid" : roll < 82 ? "underpaid" : roll < 92 ? "line-denied" : "denied",
        };
    }

    public SyntheticOutcome Outcome()
    {
        var reasons = Adjudication switch
        {
            "denied" => ["50"],
            "line-denied" => [Lines.Count > 1 ? "97" : "16"],
            _ => Array.Empty<string>(),
        };
        var status = Adjudication switch { "line-denied" => "partial", "denied" => "denied", _ => "paid" };
        return new SyntheticOutcome(Id, Payer.Id, status, BilledCents / 100m, PaidCents / 100m, reasons, Adjudication == "underpaid");
    }

    public void WritePayment(SyntheticX12.X12Writer x)
    {
        var denied = Adjudication == "denied";
        var patientShare = denied ? 0 : Lines.Select((l, i) => LinePayment(l.Cents, i).Coinsurance).Sum();
        x.Segment("CLP", Id, denied ? "4" : "1", SyntheticX12.Money(BilledCents), SyntheticX12.Money(PaidCents), SyntheticX12.Money(patientShare), "12", "PAYER-" + Id, "11", "1");
        x.Segment("NM1", "QC", "1", FamilyName, GivenName, "", "", "", "MI", MemberId);
        if (denied)
        {
            x.Segment("CAS", "CO", "50", SyntheticX12.Money(BilledCents));
            x.Segment("MOA", "", "", "N115");
            return;
        }

        for (var index = 0; index < Lines.Count; index++)
        {
            var (code, cents) = Lines[index];
            var payment = LinePayment(cents, index);
            x.Segment("SVC", "HC:" + code, SyntheticX12.Money(cents), SyntheticX12.Money(payment.Paid), "", "1");
            x.Segment("DTM", "472", ServiceDate);
            if (payment.DeniedReason is { } reason)
            {
                x.Segment("CAS", "CO", reason, SyntheticX12.Money(cents));
                x.Segment("REF", "6R", $"{Id}-{index + 1}");
                x.Segment("LQ", "HE", reason == "97" ? "M15" : "MA130");
                continue;
            }

            x.Segment("CAS", "CO", "45", SyntheticX12.Money(payment.Contractual));
            if (payment.Coinsurance > 0)
            {
                x.Segment("CAS", "PR", "2", SyntheticX12.Money(payment.Coinsurance));
            }

            x.Segment("REF", "6R", $"{Id}-{index + 1}");
        }
    }

    // Allowed is 80% of the charge (60% when underpaid); the patient owes 20% of the allowed amount. The last line of a
    // claim with several is bundled away (CO-97); a single-line claim is sent back for missing information (CO-16).
    private (int Paid, int Contractual, int Coinsurance, string? DeniedReason) LinePayment(int cents, int index)
    {
        if (Adjudication == "line-denied" && index == Lines.Count - 1)
        {
            return (0, 0, 0, Lines.Count > 1 ? "97" : "16");
        }

        var allowed = cents * (Adjudication == "underpaid" ? 60 : 80) / 100;
        var coinsurance = allowed / 5;
        return (allowed - coinsurance, cents - allowed, coinsurance, null);
    }
}
