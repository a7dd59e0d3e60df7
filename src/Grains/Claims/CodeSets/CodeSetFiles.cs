using System.Reflection;

namespace Mesh.Grains.Claims.CodeSets;

/// <summary>Reads a code set file by the set's format, and Mesh's starter files from the assembly.</summary>
public static class CodeSetFiles
{
    /// <summary>Reads <paramref name="text"/> as the file of set <paramref name="name"/>.</summary>
    public static CodeSetParse Parse(string name, string text, DateOnly today) => name switch
    {
        CodeSetNames.Icd10Cm => Icd10CmOrderFile.Parse(text),
        CodeSetNames.Carc or CodeSetNames.Rarc => ReasonCodeCsv.Parse(text, today),
        _ => throw new ArgumentException($"'{name}' is not a code set.", nameof(name)),
    };

    /// <summary>The starter set Mesh ships for <paramref name="name"/>, labelled in its first line.</summary>
    public static CodeSetParse Starter(string name, DateOnly today)
    {
        var file = name == CodeSetNames.Icd10Cm ? "icd10cm-starter.txt" : $"{name}-starter.csv";
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream($"Mesh.CodeSets.{file}")
            ?? throw new InvalidOperationException($"The starter code set {file} is missing from the assembly.");
        using var reader = new StreamReader(stream);
        return Parse(name, reader.ReadToEnd(), today);
    }
}
