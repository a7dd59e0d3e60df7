namespace Mesh.Grains.Claims.X12;

/// <summary>Loop 2100 (CLP) as it is being read, with its service lines (loop 2110, SVC).</summary>
internal sealed class RemittanceDraft(X12Segment clp)
{
    public X12Segment Clp { get; } = clp;
    public decimal Billed { get; set; }
    public decimal Paid { get; set; }
    public decimal PatientResponsibility { get; set; }
    public List<RemittanceAdjustment> Adjustments { get; } = [];
    public List<RemittanceRemark> Remarks { get; } = [];
    public List<RemittanceLineDraft> Lines { get; } = [];
    public X12IssueList Issues { get; } = [];
}

/// <summary>Loop 2110 (SVC) as it is being read.</summary>
internal sealed class RemittanceLineDraft(X12Segment svc)
{
    public X12Segment Svc { get; } = svc;
    public string ProcedureCode { get; set; } = "";
    public List<string> Modifiers { get; } = [];
    public decimal Billed { get; set; }
    public decimal Paid { get; set; }
    public decimal? Units { get; set; }
    public DateOnly? ServiceDate { get; set; }
    public string? LineControlNumber { get; set; }
    public List<RemittanceAdjustment> Adjustments { get; } = [];
    public List<RemittanceRemark> Remarks { get; } = [];

    public RemittanceLine ToRecord() => new(ProcedureCode, Modifiers, Billed, Paid, Units, ServiceDate, LineControlNumber, Adjustments, Remarks);
}
