namespace Mesh.Grains.Reports;

/// <summary>What a report id is, for the reports API, appeals that quote reports, and the agent team's tools and questions.</summary>
public static class ReportIds
{
    /// <summary>The longest report id Mesh takes.</summary>
    public const int MaxLength = 64;

    /// <summary>Whether <paramref name="id"/> can be a report id.</summary>
    public static bool IsValid(string? id) => RecordIds.IsValid(id, MaxLength);
}
