using Mesh.Grains.Agents.Offline;
using Mesh.Grains.Agents.Tools;
using Microsoft.Extensions.AI;

namespace Mesh.Grains.Agents.Specialists;

/// <summary>Finds patients and reads who they are and how they are covered.</summary>
public sealed class PatientProcessorGrain(IChatClient chat, IClaimsReader claims, TimeProvider time) : SpecialistGrain(chat, claims, time), IPatientProcessorGrain
{
    /// <inheritdoc />
    protected override SpecialistKind Kind => SpecialistKind.PatientProcessor;

    /// <inheritdoc />
    protected override string Instructions => "You find patients by name and read their demographics and coverage.";

    /// <inheritdoc />
    protected override IReadOnlyList<string> ToolNames => [ClinicToolbox.FindPatientsTool, ClinicToolbox.PatientTool, ClinicToolbox.CoverageTool];

    /// <inheritdoc />
    protected override async Task<string?> AnswerOfflineAsync(string question, QuestionSubjects subjects, ClinicToolbox tools)
    {
        if (subjects.PatientId is null && subjects.PatientName is not null)
        {
            return (await tools.FindPatientsAsync(subjects.PatientName)).Text;
        }

        if (subjects.PatientId is not { } id)
        {
            return WhichRecord("patient");
        }

        return Mentions(question, "coverage", "insurance", "member")
            ? (await tools.CoverageAsync(id)).Text
            : (await tools.PatientAsync(id)).Text;
    }
}
