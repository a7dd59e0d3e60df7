namespace Mesh.Grains.Claims.X12;

/// <summary>Loop 2000A/2010AA: the billing provider (HL level 20).</summary>
internal sealed class BillingProviderLoop(X12Segment hl)
{
    public X12Segment Hl { get; } = hl;
    public X12Segment? Name { get; set; }
    public ClaimProvider? Provider { get; set; }
    public X12IssueList Issues { get; } = [];
}

/// <summary>Loop 2000B/2010BA/2010BB: the subscriber and the payer (HL level 22).</summary>
internal sealed class SubscriberLoop(X12Segment hl, BillingProviderLoop billing)
{
    public X12Segment Hl { get; } = hl;
    public BillingProviderLoop Billing { get; } = billing;
    public X12Segment? Sbr { get; set; }
    public ClaimPerson? Subscriber { get; set; }
    public ClaimParty? Payer { get; set; }
    public X12IssueList Issues { get; } = [];
}

/// <summary>Loop 2000C/2010CA: a patient who is not the subscriber (HL level 23).</summary>
internal sealed class PatientLoop(X12Segment hl, SubscriberLoop subscriber)
{
    public X12Segment Hl { get; } = hl;
    public SubscriberLoop Subscriber { get; } = subscriber;
    public X12Segment? Pat { get; set; }
    public ClaimPerson? Patient { get; set; }
    public X12IssueList Issues { get; } = [];
}

/// <summary>Loop 2300: one claim as it is being read, with its lines (loop 2400).</summary>
internal sealed class ClaimDraft(X12Segment clm, SubscriberLoop subscriber, PatientLoop? patient)
{
    public X12Segment Clm { get; } = clm;
    public SubscriberLoop Subscriber { get; } = subscriber;
    public PatientLoop? Patient { get; } = patient;
    public decimal Total { get; set; }
    public string? PatientId { get; set; }
    public string? PriorAuthorization { get; set; }
    public (DateOnly From, DateOnly To)? Statement { get; set; }
    public bool HasStatementDates { get; set; }
    public ClaimProvider? Rendering { get; set; }
    public List<(ClaimDiagnosis Diagnosis, X12Segment Segment, int Element)> Diagnoses { get; } = [];
    public List<LineDraft> Lines { get; } = [];
    public X12IssueList Issues { get; } = [];
}

/// <summary>Loop 2400: one service line as it is being read.</summary>
internal sealed class LineDraft(X12Segment lx, int number)
{
    public X12Segment Lx { get; } = lx;
    public int Number { get; } = number;
    public X12Segment? Service { get; set; }
    public string ProcedureCode { get; set; } = "";
    public List<string> Modifiers { get; } = [];
    public decimal Charge { get; set; }
    public decimal Units { get; set; }
    public DateOnly? ServiceDate { get; set; }
    public bool HasServiceDate { get; set; }
    public string? PlaceOfService { get; set; }
    public List<int> Pointers { get; } = [];
    public string? RevenueCode { get; set; }
    public string? LineControlNumber { get; set; }

    public ClaimLine ToRecord() => new(Number, ProcedureCode, Modifiers, Charge, Units, ServiceDate, PlaceOfService, Pointers, RevenueCode, LineControlNumber);
}
