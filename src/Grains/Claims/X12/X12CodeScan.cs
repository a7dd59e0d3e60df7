namespace Mesh.Grains.Claims.X12;

/// <summary>The codes a file carries that a code set describes, found before the file is read in full, so that one
/// batch lookup per set answers the whole file.</summary>
public static class X12CodeScan
{
    private static readonly HashSet<string> DiagnosisQualifiers = ["ABK", "ABF", "ABJ", "APR"];

    /// <summary>The ICD-10-CM codes of every HI segment of an 837.</summary>
    public static IReadOnlySet<string> Diagnoses(string text)
    {
        var codes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var hi in X12Reader.Read(text).Segments.Where(s => s.Id == "HI"))
        {
            for (var element = 1; element <= hi.ElementCount; element++)
            {
                if (DiagnosisQualifiers.Contains(hi.Component(element, 1)) && hi.Component(element, 2) is { Length: > 0 } code)
                {
                    codes.Add(code);
                }
            }
        }

        return codes;
    }

    /// <summary>The CARCs (CAS) and RARCs (MOA, MIA, LQ*HE) of an 835.</summary>
    public static (IReadOnlySet<string> Adjustments, IReadOnlySet<string> Remarks) Reasons(string text)
    {
        var adjustments = new HashSet<string>(StringComparer.Ordinal);
        var remarks = new HashSet<string>(StringComparer.Ordinal);
        foreach (var segment in X12Reader.Read(text).Segments)
        {
            int[] elements = segment.Id switch
            {
                "CAS" => [2, 5, 8, 11, 14, 17],
                "MOA" => [3, 4, 5, 6, 7],
                "MIA" => [5, 20, 21, 22, 23],
                "LQ" when segment[1] == "HE" => [2],
                _ => [],
            };
            var into = segment.Id == "CAS" ? adjustments : remarks;
            foreach (var element in elements)
            {
                if (segment[element] is { Length: > 0 } code)
                {
                    into.Add(code);
                }
            }
        }

        return (adjustments, remarks);
    }
}
