using System.Text.RegularExpressions;
using Mesh.Grains.Scribe.Lexicons;
using Mesh.Grains.Scribe.Text;

namespace Mesh.Grains.Scribe.Extraction;

/// <summary>
/// Reads each drug mention with the dose, route, frequency and status said between it and its neighbours
/// in the clause, so "stop metformin and start glipizide 5 mg" gives each drug its own facts.
/// </summary>
internal static class MedicationReader
{
    private static readonly Regex ListSeparator = new(@"[,;]|(?<![\p{L}])(?:and|plus|es|valamint|illetve)(?![\p{L}])", RegexOptions.CultureInvariant);

    public static IReadOnlyList<MedicationMention> Read(ReadingContext context, IReadOnlySet<(int Segment, int Start)> allergenMentions)
    {
        var mentions = new List<MedicationMention>();
        foreach (var segment in context.Segments)
        {
            var drugs = context.Drugs.Find(segment.Folded, context.Endings)
                .Where(d => !allergenMentions.Contains((segment.Index, d.Start)))
                .ToList();
            MedicationMention? previous = null;
            for (var i = 0; i < drugs.Count; i++)
            {
                var drug = drugs[i];
                var clause = segment.ClauseAt(drug.Start);
                var previousEnd = i > 0 && clause.Contains(drugs[i - 1].Start) ? drugs[i - 1].End : clause.Start;
                var nextStart = i + 1 < drugs.Count && clause.Contains(drugs[i + 1].Start) ? drugs[i + 1].Start : clause.End;
                var inherited = previousEnd == clause.Start ? null : previous;
                var mention = ReadMention(
                    context, segment, drug, clause, new TextSpan(previousEnd, drug.Start), new TextSpan(drug.End, nextStart), inherited);
                if (mention is not null)
                {
                    mentions.Add(mention);
                }

                previous = mention;
            }
        }

        return mentions;
    }

    private static MedicationMention? ReadMention(
        ReadingContext context, SegmentText segment, TermMatch<string> drug, TextSpan clause, TextSpan before, TextSpan after, MedicationMention? previous)
    {
        var sentence = segment.SentenceAt(drug.Start);
        if (segment.IsQuestion(sentence) && Replies.To(context, segment).Answer != true)
        {
            return null;
        }

        var status = StatusCues.Find(context, segment, before, after);
        var replaced = StatusCues.Replacement(context, segment, clause, before, after);
        var negation = Negation.Cue(context, segment, drug.Span);
        if (negation is not null && replaced is null && status?.Status is null or MedicationStatus.Current)
        {
            // "I don't take aspirin" names a drug the patient is not on.
            return null;
        }

        // Details said before the drug ("20 mg of lisinopril") belong to it only after the last list separator
        // when another drug comes first, else "metoprolol 25 mg twice daily and Eliquis" would give Eliquis 25 mg.
        var lead = previous is null ? before : AfterLastSeparator(segment, before);
        var dose = Doses.Find(segment.Folded, after).Select(d => (DoseMatch?)d).FirstOrDefault()
            ?? Doses.Find(segment.Folded, lead).Select(d => (DoseMatch?)d).LastOrDefault();
        var route = First(RouteLexicon.Terms, context, segment, after) ?? Last(RouteLexicon.Terms, context, segment, lead);
        var frequency = First(FrequencyLexicon.Terms, context, segment, after) ?? Last(FrequencyLexicon.Terms, context, segment, lead);

        var spans = new[] { drug.Span, status?.Span, dose?.Span, route?.Span, frequency?.Span }.OfType<TextSpan>().ToList();
        var evidence = segment.Quote(new TextSpan(spans.Min(s => s.Start), spans.Max(s => s.End)));
        var item = new MedicationItem(
            drug.Value,
            dose?.Dose,
            route?.Value,
            frequency?.Value,
            replaced ?? status?.Status ?? Inherited(previous) ?? MedicationStatus.Current,
            [evidence]);
        return new MedicationMention(item, replaced is not null || status is not null || Inherited(previous) is not null);
    }

    /// <summary>"Prescribe amoxicillin and ibuprofen": a drug listed after another without its own cue shares its status.</summary>
    private static MedicationStatus? Inherited(MedicationMention? previous) =>
        previous is { ExplicitStatus: true } ? previous.Item.Status : null;

    private static TextSpan AfterLastSeparator(SegmentText segment, TextSpan before)
    {
        var separator = ListSeparator.Matches(segment.Folded[..before.End], before.Start).LastOrDefault();
        return separator is null ? new TextSpan(before.Start, before.Start) : new TextSpan(separator.Index + separator.Length, before.End);
    }

    private static TermMatch<string>? First(TermLexicon<string> lexicon, ReadingContext context, SegmentText segment, TextSpan window) =>
        lexicon.Find(segment.Folded, context.Endings, window.Start, window.End).Select(m => (TermMatch<string>?)m).FirstOrDefault();

    private static TermMatch<string>? Last(TermLexicon<string> lexicon, ReadingContext context, SegmentText segment, TextSpan window) =>
        lexicon.Find(segment.Folded, context.Endings, window.Start, window.End).Select(m => (TermMatch<string>?)m).LastOrDefault();
}
