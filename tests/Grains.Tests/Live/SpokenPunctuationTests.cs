using Mesh.Grains.Live;

namespace Mesh.Grains.Tests.Live;

public sealed class SpokenPunctuationTests
{
    [Theory]
    [InlineData("the lungs are clear period no effusion period", "The lungs are clear. No effusion.")]
    [InlineData("heart size normal comma no effusion full stop", "Heart size normal, no effusion.")]
    [InlineData("is there a fracture question mark", "Is there a fracture?")]
    [InlineData("impression colon normal study", "Impression: normal study")]
    [InlineData("findings colon new line lungs clear semicolon heart normal", "Findings:\nLungs clear; heart normal")]
    [InlineData("first paragraph new paragraph second paragraph", "First paragraph\n\nSecond paragraph")]
    [InlineData("a nodule open parenthesis 4 mm close parenthesis in the right lobe", "A nodule (4 mm) in the right lobe")]
    [InlineData("Stable COMMA unchanged PERIOD", "Stable, unchanged.")]
    [InlineData("great exclamation mark semi colon", "Great!")]
    [InlineData("  spaced   out  ,  text  .  next ", "Spaced out, text. Next")]
    public void Apply_SpokenMarks_BecomePunctuationWithTidySpacing(string dictated, string expected)
    {
        Assert.Equal(expected, SpokenPunctuation.Apply(dictated));
    }

    [Theory]
    [InlineData("the sigmoid colon is unremarkable period", "The sigmoid colon is unremarkable.")]
    [InlineData("small bowel and colon normal", "Small bowel and colon normal")]
    [InlineData("colon colon normal", "Colon: normal")]
    [InlineData("after a period of observation the lesion resolved", "After a period of observation the lesion resolved")]
    [InlineData("started a new line of therapy period", "Started a new line of therapy.")]
    [InlineData("the colon wall is thickened", "The colon wall is thickened")]
    public void Apply_PeriodColonAndNewLineUsedAsWords_StayWords(string dictated, string expected)
    {
        Assert.Equal(expected, SpokenPunctuation.Apply(dictated));
    }

    [Theory]
    [InlineData("The lungs are clear, period.", "The lungs are clear.")]
    [InlineData("The lungs are clear. Period. No effusion.", "The lungs are clear. No effusion.")]
    [InlineData("Measures 3.5 cm, comma, stable.", "Measures 3.5 cm, stable.")]
    [InlineData("at 10:30 the scan, e.g. the CT, was done", "At 10:30 the scan, e.g. The CT, was done")]
    public void Apply_TextAlreadyPunctuatedByRecognition_IsNotPunctuatedTwice(string dictated, string expected)
    {
        Assert.Equal(expected, SpokenPunctuation.Apply(dictated));
    }

    [Theory]
    [InlineData("", "")]
    [InlineData("   \n\t ", "")]
    [InlineData("comma period question mark", "")]
    [InlineData("new line new paragraph new line", "")]
    [InlineData("close parenthesis open parenthesis", "")]
    [InlineData("open parenthesis close parenthesis", "")]
    [InlineData(", . ; !", "")]
    public void Apply_OnlyPunctuation_GivesEmptyText(string dictated, string expected)
    {
        Assert.Equal(expected, SpokenPunctuation.Apply(dictated));
    }

    [Theory]
    [InlineData("a tüdő tiszta vessző folyadék nincs pont", "A tüdő tiszta, folyadék nincs pont")]
    [InlineData("lelet kettőspont új sor éles szívárnyék", "Lelet:\nÉles szívárnyék")]
    [InlineData("échographie normale period ëtre là", "Échographie normale. Ëtre là")]
    [InlineData("𝒜 mathematical letter period ørsted", "𝒜 mathematical letter. Ørsted")]
    [InlineData("肺野清晰 period 无积液", "肺野清晰. 无积液")]
    public void Apply_UnicodeAndHungarian_KeepsTheirLettersAndCapitalisesWhereItCan(string dictated, string expected)
    {
        Assert.Equal(expected, SpokenPunctuation.Apply(dictated));
    }

    [Fact]
    public void Apply_WindowsLineBreaksInInput_BecomeLineBreaks()
    {
        Assert.Equal("Lungs clear.\nHeart normal.", SpokenPunctuation.Apply("lungs clear.\r\nheart normal."));
    }

    [Fact]
    public void Apply_VeryLongDictation_IsHandledInTime()
    {
        var dictated = string.Concat(Enumerable.Repeat("no focal consolidation comma no effusion period ", 20_000));

        var applied = SpokenPunctuation.Apply(dictated);

        Assert.StartsWith("No focal consolidation, no effusion. No focal", applied, StringComparison.Ordinal);
        Assert.EndsWith("no effusion.", applied, StringComparison.Ordinal);
        Assert.DoesNotContain("comma", applied, StringComparison.Ordinal);
    }
}
