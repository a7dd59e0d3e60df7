using Orleans;

namespace Mesh.Grains.Claims;

/// <summary>Which 837 a claim came from: professional (005010X222A1) or institutional (005010X223A2).</summary>
[GenerateSerializer, Alias("Mesh.Grains.Claims.ClaimKind")]
public enum ClaimKind
{
    /// <summary>An 837P: a physician or other professional's services.</summary>
    Professional,

    /// <summary>An 837I: a hospital or other facility's services.</summary>
    Institutional,
}

/// <summary>
/// A claim as the clinic submitted it, read from an X12 837 (or a FHIR Claim). The claim id is CLM01, the patient
/// control number, unique within the clinic.
/// </summary>
/// <param name="ClaimId">CLM01: the patient control number.</param>
/// <param name="Kind">Professional or institutional.</param>
/// <param name="Payer">The payer (loop 2010BB, NM1*PR).</param>
/// <param name="BillingProvider">The billing provider (loop 2010AA).</param>
/// <param name="RenderingProvider">The rendering or attending provider, when named (loop 2310A/B).</param>
/// <param name="Subscriber">The insured (loop 2010BA).</param>
/// <param name="Patient">The patient when not the subscriber (loop 2010CA); otherwise the subscriber again.</param>
/// <param name="PatientId">The clinic's patient id (REF*EA medical record number), when the claim carries one.</param>
/// <param name="TotalCharge">CLM02: the total billed.</param>
/// <param name="PlaceOfService">CLM05-1: place of service (professional) or facility type (institutional).</param>
/// <param name="FrequencyCode">CLM05-3: 1 original, 7 replacement, 8 void.</param>
/// <param name="PriorAuthorization">REF*G1: the prior authorization number, when given.</param>
/// <param name="ServiceFrom">The first date of service.</param>
/// <param name="ServiceTo">The last date of service.</param>
/// <param name="Diagnoses">HI: the diagnoses, principal first; a line points at them by 1-based position.</param>
/// <param name="Lines">The service lines (loop 2400).</param>
/// <param name="Submission">Which interchange brought the claim and when.</param>
[GenerateSerializer, Alias("Mesh.Grains.Claims.ClaimRecord")]
public sealed record ClaimRecord(
    string ClaimId,
    ClaimKind Kind,
    ClaimParty Payer,
    ClaimProvider BillingProvider,
    ClaimProvider? RenderingProvider,
    ClaimPerson Subscriber,
    ClaimPerson Patient,
    string? PatientId,
    decimal TotalCharge,
    string PlaceOfService,
    string FrequencyCode,
    string? PriorAuthorization,
    DateOnly? ServiceFrom,
    DateOnly? ServiceTo,
    IReadOnlyList<ClaimDiagnosis> Diagnoses,
    IReadOnlyList<ClaimLine> Lines,
    ClaimSubmission Submission);

/// <summary>A payer: its id (NM109, e.g. the payer's EDI id) and name.</summary>
[GenerateSerializer, Alias("Mesh.Grains.Claims.ClaimParty"), Immutable]
public sealed record ClaimParty(string Id, string Name);

/// <summary>A provider: NPI, name and, for the billing provider, the tax id (REF*EI).</summary>
[GenerateSerializer, Alias("Mesh.Grains.Claims.ClaimProvider"), Immutable]
public sealed record ClaimProvider(string Npi, string Name, string? TaxId);

/// <summary>A subscriber or patient as the claim names them.</summary>
/// <param name="MemberId">The member id (NM109 of the subscriber); null for a dependent patient.</param>
/// <param name="FamilyName">NM103.</param>
/// <param name="GivenName">NM104.</param>
/// <param name="BirthDate">DMG02, when given.</param>
/// <param name="Sex">DMG03 (F, M, U), when given.</param>
[GenerateSerializer, Alias("Mesh.Grains.Claims.ClaimPerson"), Immutable]
public sealed record ClaimPerson(string? MemberId, string FamilyName, string GivenName, DateOnly? BirthDate, string? Sex);

/// <summary>A diagnosis of the claim.</summary>
/// <param name="Code">The ICD-10-CM code without the dot, as X12 carries it (e.g. E119).</param>
/// <param name="Qualifier">ABK principal, ABF other (ABJ admitting, APR reason for visit on institutional claims).</param>
/// <param name="Pointer">Its 1-based position, which service lines point at.</param>
[GenerateSerializer, Alias("Mesh.Grains.Claims.ClaimDiagnosis"), Immutable]
public sealed record ClaimDiagnosis(string Code, string Qualifier, int Pointer);

/// <summary>A service line (loop 2400: SV1 professional, SV2 institutional).</summary>
/// <param name="Number">LX01: the line number.</param>
/// <param name="ProcedureCode">The HCPCS/CPT code (HC qualifier).</param>
/// <param name="Modifiers">Up to four procedure modifiers.</param>
/// <param name="Charge">The line charge.</param>
/// <param name="Units">Units or minutes of service.</param>
/// <param name="ServiceDate">DTP*472: the date of service.</param>
/// <param name="PlaceOfService">SV105, when it differs from the claim's.</param>
/// <param name="DiagnosisPointers">SV107: 1-based pointers into the claim's diagnoses (professional).</param>
/// <param name="RevenueCode">SV201: the revenue code (institutional).</param>
/// <param name="LineControlNumber">REF*6R: the line item control number the 835 echoes back.</param>
[GenerateSerializer, Alias("Mesh.Grains.Claims.ClaimLine")]
public sealed record ClaimLine(
    int Number,
    string ProcedureCode,
    IReadOnlyList<string> Modifiers,
    decimal Charge,
    decimal Units,
    DateOnly? ServiceDate,
    string? PlaceOfService,
    IReadOnlyList<int> DiagnosisPointers,
    string? RevenueCode,
    string? LineControlNumber);

/// <summary>Where a claim came from: the interchange and transaction set that carried it.</summary>
/// <param name="Sender">ISA06, trimmed; <c>FHIR</c> for a FHIR Claim.</param>
/// <param name="Receiver">ISA08, trimmed.</param>
/// <param name="InterchangeControlNumber">ISA13; for a FHIR Claim, the version of the resource it came from.</param>
/// <param name="TransactionSetControlNumber">ST02; for a FHIR Claim, the bundle id (empty when none).</param>
/// <param name="CreatedOn">BHT04: the day the submitter created the claim file (timely filing counts to it).</param>
/// <param name="ReceivedAt">When Mesh received it.</param>
[GenerateSerializer, Alias("Mesh.Grains.Claims.ClaimSubmission"), Immutable]
public sealed record ClaimSubmission(
    string Sender,
    string Receiver,
    string InterchangeControlNumber,
    string TransactionSetControlNumber,
    DateOnly CreatedOn,
    DateTimeOffset ReceivedAt);
