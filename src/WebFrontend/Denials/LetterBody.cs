namespace Mesh.WebFrontend.Denials;

/// <summary>The body of PUT /denials/{id}/appeals/{appealId}: the letter as the biller edited it.</summary>
public sealed record LetterBody(string? Subject, IReadOnlyList<string>? Paragraphs)
{
    private const int MaxParagraphs = 50;
    private const int MaxParagraph = 5_000;

    public Dictionary<string, string[]> Validate()
    {
        var errors = new Dictionary<string, string[]>();
        if (Subject is not { Length: > 0 and <= 300 } || Subject.Any(char.IsControl))
        {
            errors["subject"] = ["Required, 1-300 characters, one line."];
        }

        if (Paragraphs is not { Count: > 0 and <= MaxParagraphs } || Paragraphs.Any(text => text is not { Length: > 0 and <= MaxParagraph } || text.Any(c => char.IsControl(c) && c != '\n')))
        {
            errors["paragraphs"] = [$"1-{MaxParagraphs} paragraphs of 1-{MaxParagraph} characters."];
        }

        return errors;
    }
}
