namespace Mesh.Grains.Claims.X12;

/// <summary>
/// Walks one 837 transaction set by the implementation guides' HL hierarchy (20 billing provider, 22 subscriber,
/// 23 patient) into claim drafts. Segments the guides allow but Mesh does not keep (addresses, contacts, notes)
/// are passed over.
/// </summary>
internal sealed class ClaimTransactionReader
{
    private readonly X12TransactionSet _set;
    private readonly ClaimKind _kind;
    private readonly List<ClaimDraft> _claims = [];
    private readonly HashSet<string> _levels = new(StringComparer.Ordinal);
    private BillingProviderLoop? _billing;
    private SubscriberLoop? _subscriber;
    private PatientLoop? _patient;
    private ClaimDraft? _claim;
    private LineDraft? _line;
    private string _entity = "";

    private ClaimTransactionReader(X12TransactionSet set, ClaimKind kind)
    {
        _set = set;
        _kind = kind;
    }

    /// <summary>Issues of the set itself (BHT, hierarchy), which reject every claim in it.</summary>
    public X12IssueList SetIssues { get; } = [];

    /// <summary>BHT04: the day the file was created.</summary>
    public DateOnly CreatedOn { get; private set; }

    public IReadOnlyList<ClaimDraft> Claims => _claims;

    public static ClaimTransactionReader Read(X12TransactionSet set, ClaimKind kind)
    {
        var reader = new ClaimTransactionReader(set, kind);
        reader.Walk();
        return reader;
    }

    private void Walk()
    {
        var body = _set.Body;
        if (body.Count == 0 || body[0].Id != "BHT")
        {
            SetIssues.MissingSegment(_set.Header, "BHT", "header");
        }
        else
        {
            var created = SetIssues.Required(body[0], 4, "creation date");
            if (X12Values.TryDate(created, out var day))
            {
                CreatedOn = day;
            }
            else if (created.Length > 0)
            {
                SetIssues.Add(body[0], 4, null, X12IssueCodes.InvalidDate, "BHT04 (creation date) is not a date (CCYYMMDD).");
            }
        }

        foreach (var segment in body)
        {
            Read(segment);
        }

        FinishClaim();
        if (_claims.Count == 0)
        {
            SetIssues.MissingSegment(_set.Header, "CLM", "2300");
        }
    }

    private void Read(X12Segment segment)
    {
        switch (segment.Id)
        {
            case "HL":
                FinishClaim();
                ReadHierarchy(segment);
                break;
            case "NM1":
                _entity = segment[1];
                ReadName(segment);
                break;
            case "REF":
                ReadReference(segment);
                break;
            case "DMG":
                ReadDemographics(segment);
                break;
            case "SBR" when _subscriber is not null && _patient is null && _claim is null:
                _subscriber.Sbr = segment;
                _subscriber.Issues.Required(segment, 1, "payer responsibility sequence");
                break;
            case "PAT" when _patient is not null && _claim is null:
                _patient.Pat = segment;
                break;
            case "CLM":
                FinishClaim();
                StartClaim(segment);
                break;
            case "HI" when _claim is not null && _line is null:
                ClaimLineReader.ReadDiagnoses(_claim, segment);
                break;
            case "DTP" when _claim is not null:
                ReadDate(segment);
                break;
            case "LX" when _claim is not null:
                ClaimLineReader.StartLine(_claim, segment, out _line);
                break;
            case "SV1" when _line is not null && _kind == ClaimKind.Professional:
                ClaimLineReader.ReadProfessional(_claim!, _line, segment);
                break;
            case "SV2" when _line is not null && _kind == ClaimKind.Institutional:
                ClaimLineReader.ReadInstitutional(_claim!, _line, segment);
                break;
        }
    }

    private void ReadHierarchy(X12Segment hl)
    {
        var id = hl[1];
        var parent = hl[2];
        _patient = null;
        _entity = "";
        if (!_levels.Add(id) || id.Length == 0)
        {
            SetIssues.Add(hl, 1, null, X12IssueCodes.HierarchyInvalid, $"HL01 '{X12Text.Shown(id)}' is empty or not unique.");
        }

        switch (hl[3])
        {
            case "20":
                _billing = new BillingProviderLoop(hl);
                _subscriber = null;
                break;
            case "22" when _billing is not null && parent == _billing.Hl[1]:
                _subscriber = new SubscriberLoop(hl, _billing);
                break;
            case "23" when _subscriber is not null && parent == _subscriber.Hl[1]:
                _patient = new PatientLoop(hl, _subscriber);
                break;
            default:
                SetIssues.Add(hl, hl[3] is "20" or "22" or "23" ? 2 : 3, null, X12IssueCodes.HierarchyInvalid,
                    $"HL at segment {hl.Position} (level '{X12Text.Shown(hl[3])}', parent '{X12Text.Shown(parent)}') does not fit the 20/22/23 hierarchy.");
                _billing = hl[3] == "20" ? _billing : null;
                _subscriber = null;
                break;
        }
    }

    private void ReadName(X12Segment nm1)
    {
        if (_claim is not null)
        {
            // Loop 2310: the rendering (837P, NM1*82) or attending (837I, NM1*71) provider.
            if (_line is null && nm1[1] == (_kind == ClaimKind.Professional ? "82" : "71"))
            {
                _claim.Rendering = new ClaimProvider(ClaimPartyReader.Npi(_claim.Issues, nm1), ClaimPartyReader.Name(nm1), null);
            }
            else if (nm1[8] == "XX")
            {
                ClaimPartyReader.Npi(_claim.Issues, nm1);
            }

            return;
        }

        switch (nm1[1])
        {
            case "85" when _billing is not null && _subscriber is null:
                _billing.Name = nm1;
                _billing.Provider = new ClaimProvider(ClaimPartyReader.Npi(_billing.Issues, nm1), ClaimPartyReader.Name(nm1), null);
                break;
            case "IL" when _subscriber is not null && _patient is null:
                _subscriber.Subscriber = ClaimPartyReader.Person(_subscriber.Issues, nm1, memberIdRequired: true);
                break;
            case "PR" when _subscriber is not null && _patient is null:
                _subscriber.Payer = new ClaimParty(_subscriber.Issues.Required(nm1, 9, "payer id"), _subscriber.Issues.Required(nm1, 3, "payer name"));
                break;
            case "QC" when _patient is not null:
                _patient.Patient = ClaimPartyReader.Person(_patient.Issues, nm1, memberIdRequired: false);
                break;
        }
    }

    private void ReadReference(X12Segment reference)
    {
        if (_line is not null)
        {
            _line.LineControlNumber = reference[1] == "6R" ? reference[2] : _line.LineControlNumber;
        }
        else if (_claim is not null)
        {
            _claim.PriorAuthorization = reference[1] == "G1" ? reference[2] : _claim.PriorAuthorization;
            _claim.PatientId = reference[1] == "EA" ? reference[2] : _claim.PatientId;
        }
        else if (_billing is not null && _subscriber is null && _entity == "85" && reference[1] == "EI" && _billing.Provider is { } provider)
        {
            _billing.Provider = provider with { TaxId = reference[2] };
        }
    }

    private void ReadDemographics(X12Segment dmg)
    {
        if (_claim is not null)
        {
            return;
        }

        if (_patient is not null && _entity == "QC" && _patient.Patient is { } patient)
        {
            _patient.Patient = patient with { BirthDate = _patient.Issues.Date(dmg, 1, "birth date"), Sex = NullIfEmpty(dmg[3]) };
        }
        else if (_subscriber is not null && _entity == "IL" && _subscriber.Subscriber is { } subscriber)
        {
            _subscriber.Subscriber = subscriber with { BirthDate = _subscriber.Issues.Date(dmg, 1, "birth date"), Sex = NullIfEmpty(dmg[3]) };
        }
    }

    private void ReadDate(X12Segment dtp)
    {
        if (_line is not null)
        {
            if (dtp[1] == "472")
            {
                _line.HasServiceDate = true;
                _line.ServiceDate = _claim!.Issues.Period(dtp, 2, "service date")?.From;
            }
        }
        else if (dtp[1] == "434")
        {
            _claim!.HasStatementDates = true;
            _claim.Statement = _claim.Issues.Period(dtp, 2, "statement dates");
        }
        else if (dtp[2] is "D8" or "RD8")
        {
            _claim!.Issues.Period(dtp, 2, $"date {dtp[1]}");
        }
    }

    private void StartClaim(X12Segment clm)
    {
        if (_subscriber is null)
        {
            SetIssues.Add(clm, null, null, X12IssueCodes.HierarchyInvalid, $"CLM at segment {clm.Position} is not under a subscriber or patient HL.");
            return;
        }

        _claim = new ClaimDraft(clm, _subscriber, _patient);
        _claim.Issues.Required(clm, 1, "patient control number");
        _claim.Total = _claim.Issues.Amount(clm, 2, "total claim charge");
        _claim.Issues.Required(clm, 5, 1, _kind == ClaimKind.Professional ? "place of service" : "facility type");
        if (_claim.Issues.Required(clm, 5, 2, "facility code qualifier") is { Length: > 0 } qualifier && qualifier != (_kind == ClaimKind.Professional ? "B" : "A"))
        {
            _claim.Issues.Add(clm, 5, 2, X12IssueCodes.InvalidCode, $"CLM05-2 '{X12Text.Shown(qualifier)}' is not the {(_kind == ClaimKind.Professional ? "B" : "A")} qualifier of a {_kind.ToString().ToLowerInvariant()} claim.");
        }

        _claim.Issues.Required(clm, 5, 3, "claim frequency code");
    }

    private void FinishClaim()
    {
        if (_claim is not null)
        {
            _claims.Add(_claim);
        }

        _claim = null;
        _line = null;
    }

    private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;
}
