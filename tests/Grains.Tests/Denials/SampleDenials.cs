using Mesh.Grains.Claims;
using Mesh.Grains.Denials;
using Mesh.TestSupport.Claims;

namespace Mesh.Grains.Tests.Denials;

/// <summary>A denied lumbar MRI and its facts, shared by the appeal tests.</summary>
internal static class SampleDenials
{
    public static readonly DateOnly Service = new(2025, 3, 3);

    public static ClaimLine Line(int number, string code, decimal charge, params string[] modifiers) =>
        new(number, code, modifiers, charge, 1, Service, null, [1], null, $"L{number}");

    public static ClaimRecord Claim(
        string claimId = "C100", string payerId = "AET", string? priorAuthorization = null, int daysToSubmission = 10, IReadOnlyList<ClaimLine>? lines = null,
        IReadOnlyList<ClaimDiagnosis>? diagnoses = null, string? patientId = null, string frequency = "1") =>
        ClaimHistoryGenerator.Claim(
            claimId, (payerId, "Aetna Example"), lines ?? [Line(1, "99214", 175m, "25"), Line(2, "72148", 1450m)],
            diagnoses ?? [new ClaimDiagnosis("M5450", "ABK", 1), new ClaimDiagnosis("I10", "ABF", 2)],
            priorAuthorization, Service, daysToSubmission, patientId: patientId) with { FrequencyCode = frequency };

    public static AppealFacts Facts(IReadOnlyList<ContractTerm>? contract = null)
    {
        var claim = Claim();
        var denial = new DenialNotice(
            DenialSource.Remittance, "PAY-778899", new DateOnly(2025, 4, 14), 1625m, 175m,
            [],
            [new RemittanceRemark("N54", "Claim information is inconsistent with pre-certified/authorized services.")],
            [
                new RemittanceLine("99214", ["25"], 175m, 175m, 1, Service, "L1", [], []),
                new RemittanceLine("72148", [], 1450m, 0m, 1, Service, "L2",
                    [new RemittanceAdjustment("CO", "197", 1450m, null, "Precertification/authorization/notification/pre-treatment absent.")], []),
            ]);
        return new AppealFacts(claim, denial, contract ?? [], [
            new ClinicalQuote("R-2025-0042", 2, new DateOnly(2025, 3, 3),
                "Low back pain radiating to the left leg for six weeks with new foot weakness; MRI of the lumbar spine ordered urgently."),
        ]);
    }
}
