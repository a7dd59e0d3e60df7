using Mesh.Grains.AI;
using Mesh.Grains.AI.Offline;

namespace Mesh.Grains.Tests.AI;

public sealed class NGramLanguageDetectorTests
{
    private static readonly NGramLanguageDetector Detector = new();

    [Theory]
    [InlineData("en", "My husband has been feeling dizzy since he started the new pills for his heart.")]
    [InlineData("en", "Please lie down on the bed so I can examine your stomach.")]
    [InlineData("hu", "A férjem szédül, mióta elkezdte szedni az új szívgyógyszert.")]
    [InlineData("hu", "Kérem, feküdjön le az ágyra, hogy megvizsgálhassam a hasát.")]
    [InlineData("de", "Mein Mann ist schwindelig, seit er die neuen Herztabletten nimmt.")]
    [InlineData("de", "Bitte legen Sie sich auf die Liege, damit ich Ihren Bauch untersuchen kann.")]
    [InlineData("es", "Mi marido está mareado desde que empezó a tomar las pastillas nuevas para el corazón.")]
    [InlineData("es", "Por favor, túmbese en la camilla para que pueda explorarle el abdomen.")]
    [InlineData("fr", "Mon mari a des vertiges depuis qu'il prend les nouveaux comprimés pour le cœur.")]
    [InlineData("fr", "Allongez-vous sur la table, s'il vous plaît, pour que je puisse examiner votre ventre.")]
    public void Detect_ClinicSentence_FindsItsLanguage(string expected, string sentence)
    {
        var guess = Detector.Detect(sentence);

        Assert.Equal(expected, guess.Language);
        Assert.InRange(guess.Confidence, 0.6, 1.0);
    }

    [Theory]
    [InlineData("")]
    [InlineData("Igen.")]
    [InlineData("OK, 120/80 mmHg")]
    public void Detect_TooShortText_IsUndetermined(string text)
    {
        Assert.Equal(LanguageGuess.Undetermined, Detector.Detect(text));
    }

    [Fact]
    public void Languages_CoverTheEmbeddedSamples()
    {
        Assert.Equal(["de", "en", "es", "fr", "hu"], Detector.Languages.Order());
    }
}
