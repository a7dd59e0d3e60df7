using Mesh.Grains.Claims;
using Mesh.Grains.Denials;

namespace Mesh.TestSupport.Claims;

/// <summary>A generated claim, its outcome, and the planted mechanisms that applied to it (empty for a clean claim).</summary>
public sealed record SyntheticClaim(LabeledClaim Labeled, IReadOnlyList<string> Mechanisms);

/// <summary>
/// A clinic's claim history with known causes of denial, deterministic from a seed. Each mechanism denies the claims it
/// applies to with a high probability; every other claim is denied at a low base rate (noise), and a mechanism sometimes
/// lets a claim through (noise the other way):
/// <list type="bullet">
/// <item><see cref="TherapyWithoutAuthorization"/>: payer BCX denies 97110 (therapeutic exercise) without prior authorization,
/// a payer rule the clinic's configured rules do not know.</item>
/// <item><see cref="ShortFilingLimit"/>: payer CGN denies claims filed more than 90 days after service, while the configured
/// limit is the default 365.</item>
/// <item><see cref="VisitWithout25"/>: an office visit the same day as a procedure without modifier 25 (the rules know it).</item>
/// <item><see cref="TherapyForUnrelatedDiagnosis"/>: 97110 with no musculoskeletal (M) diagnosis is denied as not medically
/// necessary, a diagnosis/procedure mismatch no rule checks.</item>
/// <item><see cref="ImagingWithoutAuthorization"/>: lumbar MRI 72148 without prior authorization (in the default rules).</item>
/// </list>
/// </summary>
public sealed class ClaimHistoryGenerator(int seed)
{
    /// <summary>Mechanism names.</summary>
    public const string TherapyWithoutAuthorization = "bcx_therapy_without_authorization";

    /// <inheritdoc cref="ClaimHistoryGenerator"/>
    public const string ShortFilingLimit = "cgn_short_filing_limit";

    /// <inheritdoc cref="ClaimHistoryGenerator"/>
    public const string VisitWithout25 = "visit_without_25";

    /// <inheritdoc cref="ClaimHistoryGenerator"/>
    public const string TherapyForUnrelatedDiagnosis = "therapy_for_unrelated_diagnosis";

    /// <inheritdoc cref="ClaimHistoryGenerator"/>
    public const string ImagingWithoutAuthorization = "imaging_without_authorization";

    /// <summary>The denial rate of claims no mechanism applies to.</summary>
    public const double NoiseRate = 0.04;

    private static readonly (string Id, string Name)[] Payers =
        [("MCR", "Medicare Part B"), ("BCX", "Blue Cross Example"), ("CGN", "Cigna Example"), ("AET", "Aetna Example"), ("UHC", "United Example")];

    private static readonly (string Code, decimal Charge)[] Visits = [("99213", 120m), ("99214", 175m)];

    private static readonly (string Code, decimal Charge)[] Procedures =
        [("97110", 90m), ("20610", 210m), ("72148", 1450m), ("93000", 60m), ("80053", 45m), ("36415", 15m)];

    private static readonly string[] MusculoskeletalDiagnoses = ["M5450", "M170", "M25561", "M7918"];

    private static readonly string[] OtherDiagnoses = ["E119", "I10", "J069", "Z0000", "E785"];

    private readonly Random _random = new(seed);

    /// <summary><paramref name="count"/> claims, serviced from <paramref name="firstService"/> over about two years.</summary>
    public IReadOnlyList<SyntheticClaim> Generate(int count, DateOnly? firstService = null)
    {
        var start = firstService ?? new DateOnly(2024, 1, 1);
        var claims = new List<SyntheticClaim>(count);
        for (var i = 0; i < count; i++)
        {
            claims.Add(Next(i, start.AddDays(_random.Next(730))));
        }

        return claims;
    }

    private SyntheticClaim Next(int index, DateOnly service)
    {
        var payer = Payers[_random.Next(Payers.Length)];
        var lines = new List<ClaimLine>();
        var withVisit = _random.NextDouble() < 0.7;
        if (withVisit)
        {
            var visit = Visits[_random.Next(Visits.Length)];
            lines.Add(Line(1, visit.Code, [], visit.Charge, service));
        }

        var procedureCount = withVisit ? _random.Next(0, 3) : _random.Next(1, 3);
        foreach (var (code, charge) in Procedures.OrderBy(_ => _random.Next()).Take(procedureCount))
        {
            lines.Add(Line(lines.Count + 1, code, [], charge, service));
        }

        var hasProcedure = lines.Any(line => line.ProcedureCode is "97110" or "20610");
        if (withVisit && hasProcedure && _random.NextDouble() < 0.65)
        {
            lines[0] = lines[0] with { Modifiers = ["25"] };
        }

        var needsAuthorization = lines.Any(line => line.ProcedureCode is "97110" or "72148");
        var authorization = needsAuthorization && _random.NextDouble() < 0.6 ? $"PA{_random.Next(100000, 999999)}" : null;
        var diagnoses = Diagnoses(lines);
        var daysToSubmission = _random.NextDouble() switch
        {
            < 0.80 => _random.Next(1, 60),
            < 0.97 => _random.Next(91, 300),
            _ => _random.Next(366, 500),
        };

        var claim = Claim($"C{index:D6}", payer, lines, diagnoses, authorization, service, daysToSubmission, _random.NextDouble() < 0.8 ? "11" : "22");
        var mechanisms = Mechanisms(claim, daysToSubmission);
        var denied = _random.NextDouble() < (mechanisms.Count > 0 ? 0.88 : NoiseRate);
        return new SyntheticClaim(new LabeledClaim(claim, denied), mechanisms);
    }

    private static List<string> Mechanisms(ClaimRecord claim, int daysToSubmission)
    {
        var mechanisms = new List<string>();
        var codes = claim.Lines.Select(line => line.ProcedureCode).ToHashSet();
        var unauthorized = claim.PriorAuthorization is null;
        if (claim.Payer.Id == "BCX" && codes.Contains("97110") && unauthorized)
        {
            mechanisms.Add(TherapyWithoutAuthorization);
        }

        if (claim.Payer.Id == "CGN" && daysToSubmission > 90)
        {
            mechanisms.Add(ShortFilingLimit);
        }

        if (codes.Overlaps(["99213", "99214"]) && codes.Overlaps(["97110", "20610"]) && !claim.Lines[0].Modifiers.Contains("25"))
        {
            mechanisms.Add(VisitWithout25);
        }

        if (codes.Contains("97110") && !claim.Diagnoses.Any(diagnosis => diagnosis.Code.StartsWith('M')))
        {
            mechanisms.Add(TherapyForUnrelatedDiagnosis);
        }

        if (codes.Contains("72148") && unauthorized)
        {
            mechanisms.Add(ImagingWithoutAuthorization);
        }

        return mechanisms;
    }

    private List<ClaimDiagnosis> Diagnoses(List<ClaimLine> lines)
    {
        // Musculoskeletal procedures mostly come with a musculoskeletal diagnosis; the rest are the mismatches.
        var musculoskeletal = lines.Any(line => line.ProcedureCode is "97110" or "20610" or "72148") && _random.NextDouble() < 0.75;
        var codes = new List<string>();
        if (musculoskeletal)
        {
            codes.Add(MusculoskeletalDiagnoses[_random.Next(MusculoskeletalDiagnoses.Length)]);
        }

        var others = _random.Next(musculoskeletal ? 0 : 1, 3);
        codes.AddRange(OtherDiagnoses.OrderBy(_ => _random.Next()).Take(others));
        return codes.Select((code, i) => new ClaimDiagnosis(code, i == 0 ? "ABK" : "ABF", i + 1)).ToList();
    }

    private static ClaimLine Line(int number, string code, IReadOnlyList<string> modifiers, decimal charge, DateOnly service) =>
        new(number, code, modifiers, charge, 1, service, null, [1], null, $"L{number}");

    /// <summary>A professional claim with the given parts; the rest is filled with plausible values.</summary>
    public static ClaimRecord Claim(
        string claimId, (string Id, string Name) payer, IReadOnlyList<ClaimLine> lines, IReadOnlyList<ClaimDiagnosis> diagnoses,
        string? priorAuthorization, DateOnly service, int daysToSubmission, string placeOfService = "11", string? patientId = null)
    {
        var created = service.AddDays(daysToSubmission);
        return new ClaimRecord(
            claimId,
            ClaimKind.Professional,
            new ClaimParty(payer.Id, payer.Name),
            new ClaimProvider("1234567893", "Mesh Family Clinic", "123456789"),
            new ClaimProvider("1245319599", "Dana Reyes MD", null),
            new ClaimPerson($"M{claimId}", "Doe", "Alex", new DateOnly(1970, 5, 17), "F"),
            new ClaimPerson($"M{claimId}", "Doe", "Alex", new DateOnly(1970, 5, 17), "F"),
            patientId ?? $"P{claimId}",
            lines.Sum(line => line.Charge),
            placeOfService,
            "1",
            priorAuthorization,
            service,
            service,
            diagnoses,
            lines,
            new ClaimSubmission("MESHCLINIC", payer.Id, "000000001", "0001", created, new DateTimeOffset(created.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero)));
    }
}
