using Orleans;

namespace Mesh.Grains.Agents;

/// <summary>The seven specialists of the agent team; the selector names one per question.</summary>
[GenerateSerializer, Alias("Mesh.Grains.Agents.SpecialistKind")]
public enum SpecialistKind
{
    /// <summary>Finds patients and reads demographics and coverage.</summary>
    PatientProcessor,

    /// <summary>Reads coverage, payers, remittances and denials with their risk.</summary>
    InsuranceAnalyst,

    /// <summary>Reads conditions, medications, allergies, observations, procedures and signed reports.</summary>
    ClinicalSpecialist,

    /// <summary>Reads claims: status, lines, diagnoses and denial reasons.</summary>
    ClaimProcessor,

    /// <summary>Reads visits and the reports signed for them.</summary>
    EncounterProcessor,

    /// <summary>Searches ICD-10-CM codes and reads the codes on a record or claim.</summary>
    MedicalCodeHelper,

    /// <summary>Reads contracts and computes netdown and expected payment.</summary>
    FinanceAssistant,
}
