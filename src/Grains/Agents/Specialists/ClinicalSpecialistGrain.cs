using Mesh.Grains.Agents.Offline;
using Mesh.Grains.Agents.Tools;
using Microsoft.Extensions.AI;

namespace Mesh.Grains.Agents.Specialists;

/// <summary>Reads the clinical record: conditions, medications, allergies, observations, procedures and signed reports.</summary>
public sealed class ClinicalSpecialistGrain(IChatClient chat, IClaimsReader claims, TimeProvider time) : SpecialistGrain(chat, claims, time), IClinicalSpecialistGrain
{
    /// <inheritdoc />
    protected override SpecialistKind Kind => SpecialistKind.ClinicalSpecialist;

    /// <inheritdoc />
    protected override string Instructions =>
        "You answer clinical questions about one patient from the record: conditions, medications, allergies, observations, procedures and signed reports. You give no diagnosis or treatment advice of your own.";

    /// <inheritdoc />
    protected override IReadOnlyList<string> ToolNames =>
    [
        ClinicToolbox.FindPatientsTool, ClinicToolbox.ConditionsTool, ClinicToolbox.MedicationsTool, ClinicToolbox.AllergiesTool,
        ClinicToolbox.ObservationsTool, ClinicToolbox.ProceduresTool, ClinicToolbox.ReportTool,
    ];

    /// <inheritdoc />
    protected override async Task<string?> AnswerOfflineAsync(string question, QuestionSubjects subjects, ClinicToolbox tools)
    {
        if (subjects.ReportId is { } report)
        {
            return (await tools.ReportAsync(report, null)).Text;
        }

        if (await PatientOfAsync(subjects, tools) is not { } id)
        {
            return WhichRecord("patient");
        }

        var answers = new List<string>();
        if (Mentions(question, "allerg"))
        {
            answers.Add((await tools.AllergiesAsync(id)).Text);
        }

        if (Mentions(question, "medication", "medicine", "drug", "prescri", "take"))
        {
            answers.Add((await tools.MedicationsAsync(id)).Text);
        }

        if (Mentions(question, "condition", "diagnos", "problem"))
        {
            answers.Add((await tools.ConditionsAsync(id)).Text);
        }

        if (Mentions(question, "observation", "lab", "vital", "blood pressure", "weight", "pulse"))
        {
            answers.Add((await tools.ObservationsAsync(id)).Text);
        }

        if (Mentions(question, "procedure"))
        {
            answers.Add((await tools.ProceduresAsync(id)).Text);
        }

        return answers.Count == 0 ? null : string.Join("\n", answers);
    }
}
