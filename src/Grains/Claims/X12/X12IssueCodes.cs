namespace Mesh.Grains.Claims.X12;

/// <summary>
/// The stable <see cref="X12Issue.Code"/> values Mesh's X12 readers report. Clients may match on them; they never
/// change meaning. The 999 maps each to the implementation-guide syntax code (IK304 for a segment, IK403 for an
/// element) in <see cref="FunctionalAcknowledgementWriter"/>.
/// </summary>
public static class X12IssueCodes
{
    // The interchange and its envelopes.

    /// <summary>The text does not start with an ISA segment, or the ISA cannot be read (too short, bad delimiters).</summary>
    public const string IsaInvalid = "isa_invalid";

    /// <summary>A segment id is not 2-3 upper-case letters or digits.</summary>
    public const string InvalidSegmentId = "invalid_segment_id";

    /// <summary>The last segment has no segment terminator.</summary>
    public const string UnterminatedSegment = "unterminated_segment";

    /// <summary>The IEA is missing.</summary>
    public const string IeaMissing = "iea_missing";

    /// <summary>IEA02 differs from ISA13.</summary>
    public const string IeaControlMismatch = "iea_control_mismatch";

    /// <summary>IEA01 differs from the number of functional groups.</summary>
    public const string IeaCountMismatch = "iea_count_mismatch";

    /// <summary>A GS has no GE.</summary>
    public const string GeMissing = "ge_missing";

    /// <summary>GE02 differs from GS06.</summary>
    public const string GeControlMismatch = "ge_control_mismatch";

    /// <summary>GE01 differs from the number of transaction sets in the group.</summary>
    public const string GeCountMismatch = "ge_count_mismatch";

    /// <summary>An ST has no SE.</summary>
    public const string SeMissing = "se_missing";

    /// <summary>SE02 differs from ST02.</summary>
    public const string SeControlMismatch = "se_control_mismatch";

    /// <summary>SE01 differs from the number of segments from ST to SE.</summary>
    public const string SeCountMismatch = "se_count_mismatch";

    /// <summary>A segment stands where the envelope allows none (outside GS/GE or ST/SE, or after the IEA).</summary>
    public const string UnexpectedSegment = "unexpected_segment";

    /// <summary>The transaction set is not one this reader takes (ST01, ST03 or GS08).</summary>
    public const string UnsupportedTransaction = "unsupported_transaction";

    // Loops, segments and elements.

    /// <summary>A segment the implementation guide requires in this loop is missing.</summary>
    public const string MissingSegment = "missing_segment";

    /// <summary>An element (or component) the implementation guide requires is empty.</summary>
    public const string MissingElement = "missing_element";

    /// <summary>An element holds a code the implementation guide does not allow there.</summary>
    public const string InvalidCode = "invalid_code";

    /// <summary>The HL hierarchy is broken (a parent that does not exist, a level out of place).</summary>
    public const string HierarchyInvalid = "hierarchy_invalid";

    /// <summary>A second claim in the same file has the same CLM01.</summary>
    public const string DuplicateClaimId = "duplicate_claim_id";

    /// <summary>An amount is not a decimal number (or is negative where it cannot be).</summary>
    public const string InvalidAmount = "invalid_amount";

    /// <summary>A quantity is not a positive number.</summary>
    public const string InvalidQuantity = "invalid_quantity";

    /// <summary>A date is not CCYYMMDD (D8) or CCYYMMDD-CCYYMMDD (RD8), or is not a real day.</summary>
    public const string InvalidDate = "invalid_date";

    // Claim content.

    /// <summary>An NPI is not 10 digits or its check digit (Luhn over 80840 and the first nine digits) is wrong.</summary>
    public const string NpiCheckDigit = "npi_check_digit";

    /// <summary>A diagnosis is not shaped like an ICD-10-CM code (letter, digit, letter or digit, up to four more).</summary>
    public const string Icd10Shape = "icd10_shape";

    /// <summary>A diagnosis is not in the loaded ICD-10-CM code set.</summary>
    public const string Icd10Unknown = "icd10_unknown";

    /// <summary>A diagnosis is a category or header code, not a billable (valid for submission) code.</summary>
    public const string Icd10NotBillable = "icd10_not_billable";

    /// <summary>A procedure code is not shaped like HCPCS or CPT (5 digits, a letter and 4 digits, or 4 digits and F/T/U).</summary>
    public const string ProcedureCodeShape = "procedure_code_shape";

    /// <summary>A procedure modifier is not two letters or digits.</summary>
    public const string ModifierShape = "modifier_shape";

    /// <summary>CLM02 differs from the sum of the line charges.</summary>
    public const string TotalMismatch = "total_mismatch";

    /// <summary>A line's diagnosis pointer does not point at a diagnosis of the claim.</summary>
    public const string DiagnosisPointer = "diagnosis_pointer";

    /// <summary>CLM05-3 is not a claim frequency code of the claim's kind.</summary>
    public const string FrequencyCode = "frequency_code";

    // Remittance content.

    /// <summary>CLP03 differs from CLP04 plus every claim and line adjustment.</summary>
    public const string ClaimBalance = "claim_balance";

    /// <summary>SVC02 differs from SVC03 plus the line's adjustments.</summary>
    public const string LineBalance = "line_balance";

    /// <summary>BPR02 differs from the sum of CLP04 less the PLB provider adjustments.</summary>
    public const string PaymentTotal = "payment_total";
}
