using System.Globalization;
using System.Text;

namespace Mesh.TestSupport.Claims;

/// <summary>What the synthetic 835 does with one synthetic claim.</summary>
/// <param name="ClaimId">CLM01 / CLP01.</param>
/// <param name="PayerId">The payer's id (NM109 of NM1*PR, REF*2U of the 835 set).</param>
/// <param name="Status">paid (underpaid ones too: the 835 calls the cut contractual), partial (a line denied) or denied.</param>
/// <param name="Billed">The claim's charge.</param>
/// <param name="Paid">What the payer paid.</param>
/// <param name="Reasons">The CARCs of the adjustments that are not the contract or the patient's share.</param>
/// <param name="Underpaid">Whether the payer allowed 60% of the charge instead of the 80% every other claim gets.</param>
public sealed record SyntheticOutcome(string ClaimId, string PayerId, string Status, decimal Billed, decimal Paid, IReadOnlyList<string> Reasons, bool Underpaid);

/// <summary>An 837P of N claims, the 835 that answers it, and what it says about each claim.</summary>
public sealed record SyntheticClaimFiles(string Claims, string Remittance, IReadOnlyList<SyntheticOutcome> Outcomes);

/// <summary>
/// Writes N synthetic professional claims as one 837P and the matching 835 (one transaction set per payer),
/// deterministic from a seed: mixed payers, diagnoses and procedures; most claims paid under contract with a
/// coinsurance share, some underpaid, some with a line bundled away or missing information, some denied outright
/// with CARC and RARC codes. Every file balances and passes Mesh's checks.
/// </summary>
public static class SyntheticX12
{
    private const string BillingNpi = "1234567893";

    /// <summary>Writes <paramref name="count"/> claims from <paramref name="seed"/>.</summary>
    public static SyntheticClaimFiles Generate(int count, int seed = 15)
    {
        var random = new Random(seed);
        var claims = new List<SyntheticX12Claim>(count);
        for (var index = 0; index < count; index++)
        {
            claims.Add(SyntheticX12Claim.Create(random, index));
        }

        return new SyntheticClaimFiles(WriteClaims(claims), WriteRemittance(claims), claims.Select(c => c.Outcome()).ToList());
    }

    private static string WriteClaims(List<SyntheticX12Claim> claims)
    {
        var x = new X12Writer();
        x.Envelope("MESHCLINIC", "PAYERCLEAR", "000015837", "HC", "005010X222A1", () =>
        {
            x.Set("837", "0001", "005010X222A1", () =>
            {
                x.Segment("BHT", "0019", "00", "SYNTH", "20261201", "0900", "CH");
                x.Segment("NM1", "41", "2", "MESH FAMILY CLINIC", "", "", "", "", "46", "MESH01");
                x.Segment("NM1", "40", "2", "PAYER CLEARING HOUSE", "", "", "", "", "46", "CLEAR01");
                x.Segment("HL", "1", "", "20", "1");
                x.Segment("NM1", "85", "2", "MESH FAMILY CLINIC", "", "", "", "", "XX", BillingNpi);
                x.Segment("REF", "EI", "123456789");
                var hl = 1;
                foreach (var claim in claims)
                {
                    hl++;
                    x.Segment("HL", Text(hl), "1", "22", "0");
                    x.Segment("SBR", "P", "18", "", "", "", "", "", "", "CI");
                    x.Segment("NM1", "IL", "1", claim.FamilyName, claim.GivenName, "", "", "", "MI", claim.MemberId);
                    x.Segment("DMG", "D8", claim.BirthDate, claim.Sex);
                    x.Segment("NM1", "PR", "2", claim.Payer.Name, "", "", "", "", "PI", claim.Payer.Id);
                    x.Segment("CLM", claim.Id, Money(claim.Lines.Sum(l => l.Cents)), "", "", "11:B:1", "Y", "A", "Y", "I");
                    x.Segment("REF", "EA", claim.PatientId);
                    x.Segment("HI", [.. claim.DiagnosisCodes.Select((d, i) => (i == 0 ? "ABK:" : "ABF:") + d)]);
                    x.Segment("NM1", "82", "1", "DOCTOR", "SYNTH", "", "", "", "XX", claim.RenderingNpi);
                    for (var line = 0; line < claim.Lines.Count; line++)
                    {
                        x.Segment("LX", Text(line + 1));
                        x.Segment("SV1", "HC:" + claim.Lines[line].Code, Money(claim.Lines[line].Cents), "UN", "1", "", "", "1");
                        x.Segment("DTP", "472", "D8", claim.ServiceDate);
                        x.Segment("REF", "6R", $"{claim.Id}-{line + 1}");
                    }
                }
            });
        });
        return x.ToString();
    }

    private static string WriteRemittance(List<SyntheticX12Claim> claims)
    {
        var x = new X12Writer();
        x.Envelope("PAYERCLEAR", "MESHCLINIC", "000015835", "HP", "005010X221A1", () =>
        {
            var set = 0;
            foreach (var payer in SyntheticX12Claim.Payers)
            {
                var paid = claims.Where(c => c.Payer == payer).ToList();
                if (paid.Count == 0)
                {
                    continue;
                }

                set++;
                x.Set("835", Text(set).PadLeft(4, '0'), "005010X221A1", () =>
                {
                    x.Segment("BPR", "I", Money(paid.Sum(c => c.PaidCents)), "C", "ACH", "CCP", "01", "011000015", "DA", "1234567", "1600054000", "", "01", "021000021", "DA", "7654321", "20261220");
                    x.Segment("TRN", "1", $"EFT-{payer.Id}-{set}", "1600054000");
                    x.Segment("N1", "PR", payer.Name);
                    x.Segment("REF", "2U", payer.Id);
                    x.Segment("N1", "PE", "MESH FAMILY CLINIC", "XX", BillingNpi);
                    x.Segment("LX", "1");
                    foreach (var claim in paid)
                    {
                        claim.WritePayment(x);
                    }
                });
            }
        });
        return x.ToString();
    }

    internal static string Money(int cents) => (cents / 100m).ToString("0.##", CultureInfo.InvariantCulture);

    internal static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>Writes segments with <c>*</c>, <c>:</c>, <c>~</c> and a line break, counting them for the trailers.</summary>
    internal sealed class X12Writer
    {
        private readonly StringBuilder _text = new();
        private int _counted;
        private int _sets;

        public void Segment(string id, params string[] elements)
        {
            _text.Append(id);
            foreach (var element in elements)
            {
                _text.Append('*').Append(element);
            }

            _text.Append("~\n");
            _counted++;
        }

        public void Envelope(string sender, string receiver, string control, string functionalId, string version, Action body)
        {
            Segment("ISA", "00", new string(' ', 10), "00", new string(' ', 10), "ZZ", sender.PadRight(15), "ZZ", receiver.PadRight(15), "261201", "0900", "^", "00501", control, "0", "T", ":");
            Segment("GS", functionalId, sender, receiver, "20261201", "0900", "15", "X", version);
            _sets = 0;
            body();
            Segment("GE", Text(_sets), "15");
            Segment("IEA", "1", control);
        }

        public void Set(string id, string control, string version, Action body)
        {
            _sets++;
            Segment("ST", id, control, version);
            var start = _counted;
            body();
            Segment("SE", Text(_counted - start + 2), control);
        }

        public override string ToString() => _text.ToString();
    }
}
