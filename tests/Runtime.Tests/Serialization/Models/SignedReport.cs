namespace Mesh.Runtime.Tests.Serialization.Models;

[Immutable]
public sealed class SignedReport(string text)
{
    public string Text { get; } = text;
}
