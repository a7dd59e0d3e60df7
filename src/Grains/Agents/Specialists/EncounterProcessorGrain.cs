using Mesh.Grains.Agents.Offline;
using Mesh.Grains.Agents.Tools;
using Microsoft.Extensions.AI;

namespace Mesh.Grains.Agents.Specialists;

/// <summary>Reads a patient's visits and the reports signed for them.</summary>
public sealed class EncounterProcessorGrain(IChatClient chat, IClaimsReader claims, TimeProvider time) : SpecialistGrain(chat, claims, time), IEncounterProcessorGrain
{
    /// <inheritdoc />
    protected override SpecialistKind Kind => SpecialistKind.EncounterProcessor;

    /// <inheritdoc />
    protected override string Instructions => "You read a patient's visits and the reports signed for them, with report ids and versions.";

    /// <inheritdoc />
    protected override IReadOnlyList<string> ToolNames => [ClinicToolbox.FindPatientsTool, ClinicToolbox.EncountersTool, ClinicToolbox.ReportTool];

    /// <inheritdoc />
    protected override async Task<string?> AnswerOfflineAsync(string question, QuestionSubjects subjects, ClinicToolbox tools)
    {
        if (subjects.ReportId is { } report)
        {
            return (await tools.ReportAsync(report, null)).Text;
        }

        return await PatientOfAsync(subjects, tools) is { } id ? (await tools.EncountersAsync(id)).Text : WhichRecord("patient");
    }
}
