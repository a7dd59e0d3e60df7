using Mesh.Grains.Claims;

namespace Mesh.Grains.Tests.Claims;

/// <summary>Claims and remittances built in code, for tests of what Mesh does with them once read.</summary>
public static class ClaimSamples
{
    public static readonly ClaimParty Acme = new("ACME01", "Acme Health Plan");
    public static readonly ClaimParty Blue = new("BLUE02", "Blue Valley Insurance");

    /// <summary>A professional claim of two lines: 99213 for 150.00 and 85025 with modifier 91 for 50.00.</summary>
    public static ClaimRecord Claim(
        string claimId, string interchange = "000000001", string frequency = "1", ClaimParty? payer = null,
        string? patientId = "p-1", DateOnly? serviceFrom = null, decimal firstCharge = 150m)
    {
        var day = serviceFrom ?? new DateOnly(2026, 11, 2);
        ClaimLine[] lines =
        [
            new(1, "99213", [], firstCharge, 1, day, null, [1], null, $"{claimId}-1"),
            new(2, "85025", ["91"], 50m, 1, day, null, [1, 2], null, $"{claimId}-2"),
        ];
        return new ClaimRecord(
            claimId, ClaimKind.Professional, payer ?? Acme,
            new ClaimProvider("1234567893", "Mesh Family Clinic", "123456789"), null,
            new ClaimPerson("M100", "Kiss", "Anna", new DateOnly(1980, 2, 3), "F"),
            new ClaimPerson("M100", "Kiss", "Anna", new DateOnly(1980, 2, 3), "F"),
            patientId, lines.Sum(l => l.Charge), "11", frequency, null, day, day,
            [new("E119", "ABK", 1), new("I10", "ABF", 2)], lines,
            new ClaimSubmission("CLINIC", "CLEARINGHOUSE", interchange, "0001", day, DateTimeOffset.UnixEpoch));
    }

    /// <summary>
    /// A payment of <see cref="Claim"/>: 99213 paid 80 with 20 copay (PR-3) and 50 write-off (CO-45); 85025 as
    /// <paramref name="labPaid"/> with the rest denied as CO-<paramref name="labReason"/>.
    /// </summary>
    public static RemittancePayment Payment(
        string claimId, string trace = "TRC1", string statusCode = "1", decimal labPaid = 50m, string labReason = "97", decimal sign = 1,
        string payerClaimId = "PCN1", string interchange = "000000900")
    {
        RemittanceLine[] lines =
        [
            new("99213", [], sign * 150m, sign * 80m, 1, new DateOnly(2026, 11, 2), $"{claimId}-1",
                [new("PR", "3", sign * 20m, null, "Co-payment amount"), new("CO", "45", sign * 50m, null, "Charge exceeds fee schedule")], []),
            new("85025", ["91"], sign * 50m, sign * labPaid, 1, new DateOnly(2026, 11, 2), $"{claimId}-2",
                labPaid < 50m ? [new("CO", labReason, sign * (50m - labPaid), null, "Payment included in another service")] : [],
                labPaid < 50m ? [new("N19", "Procedure code incidental to primary procedure")] : []),
        ];
        var status = statusCode switch
        {
            "22" => RemittanceStatus.Reversed,
            "4" => RemittanceStatus.Denied,
            _ => labPaid < 50m ? RemittanceStatus.Partial : RemittanceStatus.Paid,
        };
        return new RemittancePayment(claimId, payerClaimId, statusCode, status, sign * 200m, sign * (80m + labPaid), sign * 20m, [], [], lines,
            new RemittanceSource(Acme, trace, new DateOnly(2026, 11, 20), interchange, DateTimeOffset.UnixEpoch));
    }

    /// <summary>A denial of the whole claim: nothing paid, CO-50 (not medically necessary) on both lines.</summary>
    public static RemittancePayment Denial(string claimId, string trace = "TRC-D")
    {
        RemittanceLine[] lines =
        [
            new("99213", [], 150m, 0, 1, null, $"{claimId}-1", [new("CO", "50", 150m, null, "Not medically necessary")], [new("M25", null)]),
            new("85025", ["91"], 50m, 0, 1, null, $"{claimId}-2", [new("CO", "50", 50m, null, "Not medically necessary")], []),
        ];
        return new RemittancePayment(claimId, "PCN-D", "4", RemittanceStatus.Denied, 200m, 0, 0, [], [], lines,
            new RemittanceSource(Acme, trace, new DateOnly(2026, 11, 21), "000000901", DateTimeOffset.UnixEpoch));
    }
}
