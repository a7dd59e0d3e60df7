using Mesh.Grains.Claims.CodeSets;

namespace Mesh.Grains.Claims.X12;

/// <summary>
/// Reads an X12 837 interchange, professional (005010X222A1) or institutional (005010X223A2), into claim records,
/// one entry per CLM, each checked against the implementation guide and Mesh's claim rules, and answers it with a
/// 999. Envelope issues reject every claim of the transaction sets they touch.
/// </summary>
public static class ClaimFileReader
{
    /// <summary>The professional claim implementation guide.</summary>
    public const string Professional = "005010X222A1";

    /// <summary>The institutional claim implementation guide.</summary>
    public const string Institutional = "005010X223A2";

    /// <summary>Reads <paramref name="text"/>; checks diagnoses against <paramref name="icd10"/> when given.</summary>
    public static ClaimFile Read(string text, DateTimeOffset receivedAt, IDiagnosisCodeLookup? icd10)
    {
        var envelope = X12Envelope.Read(text);
        var errors = new List<X12Issue>(envelope.Issues);
        var entries = new List<ClaimFileEntry>();
        var outcomes = new List<TransactionSetOutcome>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var set in envelope.TransactionSets)
        {
            var kind = KindOf(set);
            if (kind is null)
            {
                var unsupported = new X12Issue("ST", set.Header.Position, 1, null, X12IssueCodes.UnsupportedTransaction,
                    $"Transaction set '{X12Text.Shown(set.Id)}' ({X12Text.Shown(set.Implementation)}) is not an 837P ({Professional}) or 837I ({Institutional}).");
                errors.Add(unsupported);
                outcomes.Add(new TransactionSetOutcome(set, [.. set.EnvelopeIssues, unsupported], 0, 0));
                continue;
            }

            var reader = ClaimTransactionReader.Read(set, kind.Value);
            errors.AddRange(reader.SetIssues);
            var setEntries = reader.Claims.Select(draft => Entry(draft, set, kind.Value, reader, envelope, receivedAt, icd10, seen)).ToList();
            entries.AddRange(setEntries);
            var setIssues = set.EnvelopeIssues.Concat(reader.SetIssues).Concat(setEntries.SelectMany(e => e.Errors)).Distinct().ToList();
            outcomes.Add(new TransactionSetOutcome(set, setIssues, setEntries.Count, setEntries.Count(e => e.Accepted)));
        }

        var acknowledgement = envelope.Isa is null ? "" : FunctionalAcknowledgementWriter.Write(envelope, outcomes, receivedAt);
        return new ClaimFile(envelope.Interchange, entries, errors, acknowledgement);
    }

    private static ClaimKind? KindOf(X12TransactionSet set) => set.Id != "837" ? null : set.Implementation switch
    {
        Professional => ClaimKind.Professional,
        Institutional => ClaimKind.Institutional,
        _ => null,
    };

    private static ClaimFileEntry Entry(
        ClaimDraft draft, X12TransactionSet set, ClaimKind kind, ClaimTransactionReader reader, X12Envelope envelope,
        DateTimeOffset receivedAt, IDiagnosisCodeLookup? icd10, HashSet<string> seen)
    {
        ClaimRules.Check(draft, kind, icd10);
        var claimId = draft.Clm[1];
        if (claimId.Length > 0 && !ClaimIds.IsValid(claimId))
        {
            // A claim the claims API and the chat could never address is refused here, not stored out of reach.
            draft.Issues.Add(draft.Clm, 1, null, X12IssueCodes.InvalidCode,
                $"CLM01 '{X12Text.Shown(claimId)}' is not a claim id Mesh takes: 1 to {ClaimIds.MaxLength} letters, digits, '_', '.' or '-', the first a letter or digit.");
        }
        else if (claimId.Length > 0 && !seen.Add(claimId))
        {
            draft.Issues.Add(draft.Clm, 1, null, X12IssueCodes.DuplicateClaimId, $"CLM01 '{X12Text.Shown(claimId)}' appears more than once in the file.");
        }

        var subscriber = draft.Subscriber;
        var billing = subscriber.Billing;
        var loopIssues = LoopIssues(draft);
        var errors = set.EnvelopeIssues.Concat(reader.SetIssues).Concat(loopIssues).Concat(draft.Issues).ToList();
        var patient = draft.Patient is null ? subscriber.Subscriber : draft.Patient.Patient;
        var record = claimId.Length == 0 || billing.Provider is null || subscriber.Subscriber is null || subscriber.Payer is null || patient is null
            ? null
            : new ClaimRecord(
                claimId, kind, subscriber.Payer, billing.Provider, draft.Rendering, subscriber.Subscriber, patient, draft.PatientId,
                draft.Total, draft.Clm.Component(5, 1), draft.Clm.Component(5, 3), draft.PriorAuthorization,
                draft.Statement?.From ?? draft.Lines.Min(l => l.ServiceDate), draft.Statement?.To ?? draft.Lines.Max(l => l.ServiceDate),
                draft.Diagnoses.Select(d => d.Diagnosis).ToList(), draft.Lines.Select(l => l.ToRecord()).ToList(),
                new ClaimSubmission(envelope.Interchange!.Sender, envelope.Interchange.Receiver, envelope.Interchange.ControlNumber,
                    set.ControlNumber, reader.CreatedOn, receivedAt));
        return new ClaimFileEntry(claimId.Length == 0 ? null : claimId, set.ControlNumber, record, errors, draft.Clm.Position);
    }

    // The issues of the loops above the claim (billing provider, subscriber, patient), with the segments those loops
    // require, which every claim under them shares.
    private static IEnumerable<X12Issue> LoopIssues(ClaimDraft draft)
    {
        var subscriber = draft.Subscriber;
        var billing = subscriber.Billing;
        var required = new X12IssueList();
        if (billing.Name is null)
        {
            required.MissingSegment(billing.Hl, "NM1", "2010AA (billing provider, NM1*85)");
        }

        if (subscriber.Sbr is null)
        {
            required.MissingSegment(subscriber.Hl, "SBR", "2000B");
        }

        if (subscriber.Subscriber is null)
        {
            required.MissingSegment(subscriber.Hl, "NM1", "2010BA (subscriber, NM1*IL)");
        }

        if (subscriber.Payer is null)
        {
            required.MissingSegment(subscriber.Hl, "NM1", "2010BB (payer, NM1*PR)");
        }

        if (draft.Patient is { } patient)
        {
            if (patient.Pat is null)
            {
                required.MissingSegment(patient.Hl, "PAT", "2000C");
            }

            if (patient.Patient is null)
            {
                required.MissingSegment(patient.Hl, "NM1", "2010CA (patient, NM1*QC)");
            }
        }

        return billing.Issues.Concat(subscriber.Issues).Concat(draft.Patient?.Issues ?? []).Concat(required);
    }
}
