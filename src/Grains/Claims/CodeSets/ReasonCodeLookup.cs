namespace Mesh.Grains.Claims.CodeSets;

/// <summary>A CARC/RARC lookup answered from a batch of matches of each set.</summary>
public sealed class ReasonCodeLookup(IEnumerable<CodeSetMatch> adjustments, IEnumerable<CodeSetMatch> remarks) : IReasonCodeLookup
{
    private readonly Dictionary<string, string> _adjustments = Described(adjustments);
    private readonly Dictionary<string, string> _remarks = Described(remarks);

    public string? DescribeAdjustment(string carc) => _adjustments.GetValueOrDefault(carc);

    public string? DescribeRemark(string rarc) => _remarks.GetValueOrDefault(rarc);

    private static Dictionary<string, string> Described(IEnumerable<CodeSetMatch> matches) =>
        matches.Where(m => m.Known && m.Description is not null).DistinctBy(m => m.Code).ToDictionary(m => m.Code, m => m.Description!, StringComparer.Ordinal);
}
