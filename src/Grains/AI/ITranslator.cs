namespace Mesh.Grains.AI;

/// <summary>Translates conversation text between the doctor's and the patient's languages.</summary>
public interface ITranslator
{
    /// <summary>Translates <paramref name="text"/> from <paramref name="from"/> to <paramref name="to"/> (ISO 639-1 codes).</summary>
    Task<Translation> TranslateAsync(string text, string from, string to, CancellationToken ct);
}
