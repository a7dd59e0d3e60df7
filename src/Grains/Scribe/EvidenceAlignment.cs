namespace Mesh.Grains.Scribe;

/// <summary>
/// Puts evidence offsets back on the transcript after re-identification. A model behind de-identification counted its
/// offsets in the text it was sent, where a name was a placeholder and a date was moved, so after its quotes are mapped back
/// the offsets can be off. A span whose quote is not at its offsets is moved to the occurrence of that exact quote in the
/// same segment nearest to them. Quotes are never changed: a quote the segment does not contain stays where it is and the
/// grounding validator drops its item.
/// </summary>
internal static class EvidenceAlignment
{
    public static ClinicalDraft Realign(ClinicalDraft draft, Transcript transcript)
    {
        var segments = transcript.Segments
            .GroupBy(s => s.Id, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().Text, StringComparer.Ordinal);
        IReadOnlyList<Evidence> Fix(IReadOnlyList<Evidence>? evidence) => evidence is null ? [] : [.. evidence.Select(e => Realign(e, segments))];
        TextItem? FixItem(TextItem? item) => item is null ? null : item with { Evidence = Fix(item.Evidence) };

        return draft with
        {
            ChiefComplaint = FixItem(draft.ChiefComplaint),
            Symptoms = [.. (draft.Symptoms ?? []).Select(i => i with { Evidence = Fix(i.Evidence) })],
            Vitals = [.. (draft.Vitals ?? []).Select(i => i with { Evidence = Fix(i.Evidence) })],
            Medications = [.. (draft.Medications ?? []).Select(i => i with { Evidence = Fix(i.Evidence) })],
            Allergies = [.. (draft.Allergies ?? []).Select(i => i with { Evidence = Fix(i.Evidence) })],
            Diagnoses = [.. (draft.Diagnoses ?? []).Select(i => i with { Evidence = Fix(i.Evidence) })],
            Plan = [.. (draft.Plan ?? []).Select(i => i with { Evidence = Fix(i.Evidence) })],
            FollowUp = FixItem(draft.FollowUp),
            Actionables = [.. (draft.Actionables ?? []).Select(i => i with { Evidence = Fix(i.Evidence) })],
        };
    }

    private static Evidence Realign(Evidence evidence, Dictionary<string, string> segments)
    {
        if (evidence?.SegmentId is null || string.IsNullOrEmpty(evidence.Quote) || !segments.TryGetValue(evidence.SegmentId, out var text))
        {
            return evidence!;
        }

        var quote = evidence.Quote;
        if (evidence.Start >= 0 && evidence.End - evidence.Start == quote.Length && evidence.End <= text.Length
            && string.CompareOrdinal(text, evidence.Start, quote, 0, quote.Length) == 0)
        {
            return evidence;
        }

        var best = -1;
        for (var at = text.IndexOf(quote, StringComparison.Ordinal); at >= 0; at = text.IndexOf(quote, at + 1, StringComparison.Ordinal))
        {
            if (best < 0 || Math.Abs(at - evidence.Start) < Math.Abs(best - evidence.Start))
            {
                best = at;
            }
        }

        return best < 0 ? evidence : evidence with { Start = best, End = best + quote.Length };
    }
}
