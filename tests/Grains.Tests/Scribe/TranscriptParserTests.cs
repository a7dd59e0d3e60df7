using Mesh.Grains.Scribe;

namespace Mesh.Grains.Tests.Scribe;

public sealed class TranscriptParserTests
{
    [Fact]
    public void Parse_NumbersSegmentsAndNormalisesKnownSpeakers()
    {
        var transcript = TranscriptParser.Parse("Orvos: Jó napot!\n\nBeteg: Köhögök.\nNurse: Pulse 80.");

        Assert.Equal(["s1", "s2", "s3"], transcript.Segments.Select(s => s.Id));
        Assert.Equal(["Doctor", "Patient", "Nurse"], transcript.Segments.Select(s => s.Speaker));
        Assert.Equal("Köhögök.", transcript.Segments[1].Text);
    }

    [Fact]
    public void Parse_TimesSegmentsAtAboutOneHundredFiftyWordsAMinute()
    {
        var transcript = TranscriptParser.Parse("Doctor: one two three four five\nPatient: six seven");

        Assert.Equal((0L, 2000L), (transcript.Segments[0].StartMs, transcript.Segments[0].EndMs));
        Assert.Equal((2000L, 2800L), (transcript.Segments[1].StartMs, transcript.Segments[1].EndMs));
    }

    [Fact]
    public void Parse_KeepsUnknownSpeakerAsWrittenInSafeCharacters()
    {
        var transcript = TranscriptParser.Parse("Mother<script>: She has a fever.\nand a cough");

        Assert.Equal("Motherscript", transcript.Segments[0].Speaker);
        Assert.Equal("Motherscript", transcript.Segments[1].Speaker);
        Assert.Equal("and a cough", transcript.Segments[1].Text);
    }

    [Fact]
    public void Parse_LinesWithoutAnySpeakerAreUnknown()
    {
        var transcript = TranscriptParser.Parse("I have had a cough for a week.");

        Assert.Equal(TranscriptParser.UnknownSpeaker, Assert.Single(transcript.Segments).Speaker);
    }
}
