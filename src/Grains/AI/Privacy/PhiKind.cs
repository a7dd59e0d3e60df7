namespace Mesh.Grains.AI.Privacy;

/// <summary>The HIPAA Safe Harbor identifiers Mesh finds in clinical text and replaces before it leaves for an untrusted model.</summary>
public enum PhiKind
{
    /// <summary>A person's name: the patient's, a relative's, a clinician's, a signature.</summary>
    Name,

    /// <summary>A date with more than its year: shifted by the patient's offset, or a placeholder in translations.</summary>
    Date,

    /// <summary>A street address, or a postal code with its city.</summary>
    Address,

    /// <summary>A ZIP or postal code on its own.</summary>
    ZipCode,

    /// <summary>A telephone or fax number.</summary>
    Phone,

    /// <summary>An e-mail address.</summary>
    Email,

    /// <summary>A web address.</summary>
    Url,

    /// <summary>An IP address.</summary>
    IpAddress,

    /// <summary>A medical record, chart or patient number, or an identifier from the patient's record.</summary>
    RecordNumber,

    /// <summary>A health plan member, insurance or policy number.</summary>
    MemberNumber,

    /// <summary>An account or billing number.</summary>
    AccountNumber,

    /// <summary>A social security number.</summary>
    SocialSecurityNumber,

    /// <summary>Any other identifying number: licence, certificate, serial, or a long run of digits.</summary>
    IdentifyingNumber,
}
