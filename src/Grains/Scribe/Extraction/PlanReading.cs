namespace Mesh.Grains.Scribe.Extraction;

/// <summary>The plan steps, the follow-up and the actionables the plan sentences call for.</summary>
internal sealed record PlanReading(IReadOnlyList<TextItem> Plan, TextItem? FollowUp, IReadOnlyList<Actionable> Actionables);
