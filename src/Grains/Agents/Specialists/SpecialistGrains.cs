namespace Mesh.Grains.Agents.Specialists;

/// <summary>The grain of each specialist, for the team that routes to them.</summary>
public static class SpecialistGrains
{
    /// <summary>The clinic's grain of <paramref name="kind"/>.</summary>
    public static ISpecialistGrain For(IGrainFactory grains, string tenant, SpecialistKind kind) => kind switch
    {
        SpecialistKind.PatientProcessor => grains.GetGrain<IPatientProcessorGrain>(tenant),
        SpecialistKind.InsuranceAnalyst => grains.GetGrain<IInsuranceAnalystGrain>(tenant),
        SpecialistKind.ClinicalSpecialist => grains.GetGrain<IClinicalSpecialistGrain>(tenant),
        SpecialistKind.ClaimProcessor => grains.GetGrain<IClaimProcessorGrain>(tenant),
        SpecialistKind.EncounterProcessor => grains.GetGrain<IEncounterProcessorGrain>(tenant),
        SpecialistKind.MedicalCodeHelper => grains.GetGrain<IMedicalCodeHelperGrain>(tenant),
        SpecialistKind.FinanceAssistant => grains.GetGrain<IFinanceAssistantGrain>(tenant),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a specialist."),
    };
}
