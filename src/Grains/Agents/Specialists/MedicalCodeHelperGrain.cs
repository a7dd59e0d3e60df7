using Mesh.Grains.Agents.Offline;
using Mesh.Grains.Agents.Tools;
using Microsoft.Extensions.AI;

namespace Mesh.Grains.Agents.Specialists;

/// <summary>Searches ICD-10-CM and reads the codes on a patient's problem list or a claim.</summary>
public sealed class MedicalCodeHelperGrain(IChatClient chat, IClaimsReader claims, TimeProvider time) : SpecialistGrain(chat, claims, time), IMedicalCodeHelperGrain
{
    /// <inheritdoc />
    protected override SpecialistKind Kind => SpecialistKind.MedicalCodeHelper;

    /// <inheritdoc />
    protected override string Instructions => "You find ICD-10-CM codes for diagnoses in words and read the codes on a patient's problem list or a claim; codes are suggestions for a coder to confirm.";

    /// <inheritdoc />
    protected override IReadOnlyList<string> ToolNames => [ClinicToolbox.CodeSearchTool, ClinicToolbox.ConditionsTool, ClinicToolbox.ClaimTool];

    /// <inheritdoc />
    protected override async Task<string?> AnswerOfflineAsync(string question, QuestionSubjects subjects, ClinicToolbox tools)
    {
        if (subjects.ClaimId is { } claim)
        {
            return (await tools.ClaimAsync(claim)).Text;
        }

        if (subjects.PatientId is { } patient)
        {
            return (await tools.ConditionsAsync(patient)).Text;
        }

        return subjects.CodeQuery is { } query ? (await tools.SearchCodesAsync(query)).Text : null;
    }
}
