using Mesh.Grains.Scribe.Lexicons;
using Mesh.Grains.Scribe.Text;

namespace Mesh.Grains.Scribe.Extraction;

/// <summary>
/// Reads allergies from sentences that speak of allergy ("allergic to penicillin", "latex allergy",
/// "allergiás a penicillinre"), with the reaction said in the same segment. The drugs named there are
/// allergens, not medications, and the reactions are not symptoms of this visit.
/// </summary>
internal static class AllergyReader
{
    public static AllergyReading Read(ReadingContext context)
    {
        var items = new List<AllergyItem>();
        var allergenMentions = new HashSet<(int Segment, int Start)>();
        var allergyClauses = new HashSet<(int Segment, int Clause)>();
        foreach (var segment in context.Segments)
        {
            foreach (var sentence in segment.Sentences)
            {
                var cues = context.Cues.Allergy.Matches(segment.Folded[..sentence.End], sentence.Start)
                    .Select(m => new TextSpan(m.Index, m.Index + m.Length))
                    .ToList();
                if (cues.Count == 0)
                {
                    continue;
                }

                foreach (var clause in segment.Clauses.Where(c => sentence.Contains(c.Start)))
                {
                    allergyClauses.Add((segment.Index, clause.Start));
                }

                if (segment.IsQuestion(sentence) && Replies.To(context, segment).Answer != true)
                {
                    continue;
                }

                foreach (var allergen in context.Allergens.Find(segment.Folded, context.Endings, sentence.Start, sentence.End))
                {
                    var cue = cues.Select(c => (TextSpan?)c).FirstOrDefault(c => Governs(context, segment, c!.Value, allergen.Span));
                    if (cue is null)
                    {
                        continue;
                    }

                    allergenMentions.Add((segment.Index, allergen.Start));
                    if (Negation.Cue(context, segment, allergen.Span) is null)
                    {
                        Add(items, Item(context, segment, allergen, cue.Value));
                    }
                }
            }
        }

        return new AllergyReading(items, allergenMentions, allergyClauses);
    }

    /// <summary>
    /// An allergy cue reaches an allergen just before it ("latex allergy", "penicillinre allergiás") or after it
    /// until a medication cue: in "allergic to penicillin so I'll prescribe azithromycin" only penicillin is an allergen.
    /// </summary>
    private static bool Governs(ReadingContext context, SegmentText segment, TextSpan cue, TextSpan allergen)
    {
        if (segment.ClauseAt(cue.Start) != segment.ClauseAt(allergen.Start))
        {
            return false;
        }

        if (allergen.End <= cue.Start)
        {
            return cue.Start - allergen.End <= 25;
        }

        var between = segment.Folded[cue.End..allergen.Start];
        var cues = context.Cues;
        return allergen.Start >= cue.End
            && !cues.Started.IsMatch(between) && !cues.Current.IsMatch(between) && !cues.Changed.IsMatch(between) && !cues.Stopped.IsMatch(between);
    }

    private static AllergyItem Item(ReadingContext context, SegmentText segment, TermMatch<string> allergen, TextSpan cue)
    {
        var span = new TextSpan(Math.Min(cue.Start, allergen.Start), Math.Max(cue.End, allergen.End));
        var evidence = new List<Evidence> { segment.Quote(span) };
        var reaction = ReactionLexicon.Terms.Find(segment.Folded, context.Endings)
            .Select(r => (TermMatch<string>?)r)
            .FirstOrDefault(r => !r!.Value.Span.Overlaps(allergen.Span));
        if (reaction is { } said && !span.Overlaps(said.Span))
        {
            evidence.Add(segment.Quote(said.Span));
        }

        return new AllergyItem(allergen.Value, reaction?.Value, evidence);
    }

    private static void Add(List<AllergyItem> items, AllergyItem item)
    {
        // "sulfa drugs" and later "sulfa" are one allergy, kept under the fuller name.
        var substance = TextFolding.Fold(item.Substance);
        var index = items.FindIndex(i => TextFolding.Fold(i.Substance).Contains(substance, StringComparison.Ordinal)
            || substance.Contains(TextFolding.Fold(i.Substance), StringComparison.Ordinal));
        if (index < 0)
        {
            items.Add(item);
            return;
        }

        items[index] = items[index] with
        {
            Substance = items[index].Substance.Length >= item.Substance.Length ? items[index].Substance : item.Substance,
            Reaction = items[index].Reaction ?? item.Reaction,
            Evidence = [.. items[index].Evidence, .. item.Evidence],
        };
    }
}

/// <summary>Allergies found, and where allergens and allergy talk sit so other readers leave them alone.</summary>
internal sealed record AllergyReading(
    IReadOnlyList<AllergyItem> Items,
    IReadOnlySet<(int Segment, int Start)> AllergenMentions,
    IReadOnlySet<(int Segment, int Clause)> AllergyClauses);
