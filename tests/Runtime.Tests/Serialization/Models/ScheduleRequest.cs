namespace Mesh.Runtime.Tests.Serialization.Models;

// Shaped like a generated request: call arguments in public fields.
public sealed class ScheduleRequest
{
    public string PatientId = "";

    public DateOnly Day;

    public List<string> Notes = [];
}
