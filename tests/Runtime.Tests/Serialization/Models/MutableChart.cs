namespace Mesh.Runtime.Tests.Serialization.Models;

public sealed class MutableChart
{
    public string PatientId { get; set; } = "";

    public List<string> Notes { get; set; } = [];
}
