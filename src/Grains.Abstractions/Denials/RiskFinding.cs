using Orleans;

namespace Mesh.Grains.Denials;

/// <summary>A risk rule that fired on a claim.</summary>
/// <param name="Rule">The rule's stable name, e.g. <c>prior_authorization_missing</c>.</param>
/// <param name="Message">What is wrong, in words.</param>
/// <param name="SuggestedFix">What the biller can do before submitting.</param>
/// <param name="Line">The service line it concerns (LX01), when one line is at fault.</param>
[GenerateSerializer, Alias("Mesh.Grains.Denials.RiskFinding"), Immutable]
public sealed record RiskFinding(string Rule, string Message, string SuggestedFix, int? Line);
