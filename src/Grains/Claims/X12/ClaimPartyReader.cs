namespace Mesh.Grains.Claims.X12;

/// <summary>Reads the NM1 of a provider or person, checking what the guides require of it.</summary>
internal static class ClaimPartyReader
{
    /// <summary>NM109 as an NPI (NM108 must be XX); an issue when it is missing or fails the check digit.</summary>
    public static string Npi(X12IssueList issues, X12Segment nm1)
    {
        if (nm1[8] != "XX")
        {
            issues.Add(nm1, 8, null, nm1.Has(8) ? X12IssueCodes.InvalidCode : X12IssueCodes.MissingElement,
                $"NM108 of the {nm1[1]} provider must be XX (an NPI follows in NM109).");
        }

        var npi = issues.Required(nm1, 9, "NPI");
        if (npi.Length > 0 && !ClaimCodeShapes.IsNpi(npi))
        {
            issues.Add(nm1, 9, null, X12IssueCodes.NpiCheckDigit, $"NM109 '{X12Text.Shown(npi)}' is not a valid NPI (10 digits with a Luhn check digit).");
        }

        return npi;
    }

    /// <summary>An organisation's name (NM103) or a person's "given family".</summary>
    public static string Name(X12Segment nm1) =>
        nm1[2] == "1" && nm1.Has(4) ? $"{nm1[4]} {nm1[3]}" : nm1[3];

    /// <summary>A subscriber (member id required) or patient.</summary>
    public static ClaimPerson Person(X12IssueList issues, X12Segment nm1, bool memberIdRequired)
    {
        var family = issues.Required(nm1, 3, "last name");
        var memberId = memberIdRequired ? issues.Required(nm1, 9, "member id") : nm1[9];
        return new ClaimPerson(memberId.Length == 0 ? null : memberId, family, nm1[4], null, null);
    }
}
