using Mesh.Grains.Claims.CodeSets;

namespace Mesh.Grains.Tests.Claims.X12;

/// <summary>A handful of ICD-10-CM codes, billable or not, for the reader's known/billable checks.</summary>
internal sealed class FakeDiagnosisCodes : IDiagnosisCodeLookup
{
    private static readonly Dictionary<string, bool> Codes = new()
    {
        ["E11"] = false, ["E119"] = true, ["I10"] = true, ["J069"] = true, ["M5450"] = true, ["Z00129"] = true, ["R0789"] = true,
    };

    public static FakeDiagnosisCodes Instance { get; } = new();

    public CodeSetMatch Find(string code) =>
        Codes.TryGetValue(code, out var billable) ? new CodeSetMatch(code, true, billable, null) : new CodeSetMatch(code, false, false, null);
}
