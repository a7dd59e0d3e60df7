namespace Mesh.Runtime.Tests.Serialization.Models;

public interface IActionable
{
    string Title { get; }
}

public sealed class FollowUpVisit : IActionable
{
    public string Title { get; set; } = "";

    public DateOnly Due { get; set; }
}

public sealed record Referral(string Title, string Specialty) : IActionable;
