namespace Mesh.Grains.Scribe;

/// <summary>Checks evidence spans against the transcript: the segment exists, the span fits, the quote is exact.</summary>
internal sealed class EvidenceCheck(Transcript transcript)
{
    private readonly Dictionary<string, TranscriptSegment> _segments = transcript.Segments
        .GroupBy(s => s.Id, StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);

    /// <summary>Why the evidence does not hold, or null when every span does.</summary>
    public string? Problem(IReadOnlyList<Evidence>? evidence)
    {
        if (evidence is null || evidence.Count == 0)
        {
            return "it has no evidence";
        }

        foreach (var span in evidence)
        {
            if (span is null || span.SegmentId is null || !_segments.TryGetValue(span.SegmentId, out var segment))
            {
                return $"evidence names unknown segment '{span?.SegmentId}'";
            }

            if (span.Start < 0 || span.Start >= span.End || span.End > segment.Text.Length)
            {
                return $"evidence span [{span.Start},{span.End}) is outside segment '{segment.Id}' of length {segment.Text.Length}";
            }

            if (!string.Equals(segment.Text[span.Start..span.End], span.Quote, StringComparison.Ordinal))
            {
                return $"evidence quote '{span.Quote}' is not the text of segment '{segment.Id}' at [{span.Start},{span.End})";
            }
        }

        return null;
    }
}
