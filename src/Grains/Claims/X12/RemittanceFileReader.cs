using Mesh.Grains.Claims.CodeSets;

namespace Mesh.Grains.Claims.X12;

/// <summary>
/// Reads an X12 835 (005010X221A1) into claim payments and checks that it balances: each claim's charge equals its
/// payment plus every claim and line adjustment, each line's charge its payment plus its adjustments, and BPR02 the
/// claims paid less the provider adjustments (PLB).
/// </summary>
public static class RemittanceFileReader
{
    /// <summary>The remittance implementation guide.</summary>
    public const string Remittance = "005010X221A1";

    /// <summary>Reads <paramref name="text"/>; fills CARC and RARC meanings from <paramref name="codes"/> when given.</summary>
    public static RemittanceFile Read(string text, DateTimeOffset receivedAt, IReasonCodeLookup? codes)
    {
        var envelope = X12Envelope.Read(text);
        var errors = new List<X12Issue>(envelope.Issues);
        var entries = new List<RemittanceFileEntry>();
        decimal? total = null;
        foreach (var set in envelope.TransactionSets)
        {
            if (set.Id != "835" || set.Implementation != Remittance)
            {
                errors.Add(new X12Issue("ST", set.Header.Position, 1, null, X12IssueCodes.UnsupportedTransaction,
                    $"Transaction set '{X12Text.Shown(set.Id)}' ({X12Text.Shown(set.Implementation)}) is not an 835 ({Remittance})."));
                continue;
            }

            var reader = RemittanceTransactionReader.Read(set, codes);
            errors.AddRange(reader.SetIssues);
            var payer = new ClaimParty(reader.PayerId ?? envelope.Interchange!.Sender, reader.PayerName);
            var source = new RemittanceSource(payer, reader.TraceNumber, reader.PaymentDate, envelope.Interchange!.ControlNumber, receivedAt);
            foreach (var draft in reader.Payments)
            {
                CheckBalance(draft);
                entries.Add(Entry(draft, source, set.EnvelopeIssues.Concat(reader.SetIssues)));
            }

            if (reader.Total is { } paid && reader.Bpr is { } bpr)
            {
                total = (total ?? 0) + paid;
                var expected = reader.Payments.Sum(p => p.Paid) - reader.ProviderAdjustments;
                if (paid != expected)
                {
                    errors.Add(new X12Issue("BPR", bpr.Position, 2, null, X12IssueCodes.PaymentTotal,
                        $"BPR02 {paid} differs from the claims paid less provider adjustments ({expected})."));
                }
            }
        }

        return new RemittanceFile(envelope.Interchange, entries, total, errors);
    }

    private static RemittanceFileEntry Entry(RemittanceDraft draft, RemittanceSource source, IEnumerable<X12Issue> setIssues)
    {
        var clp = draft.Clp;
        var errors = setIssues.Concat(draft.Issues).ToList();
        if (!clp.Has(1))
        {
            return new RemittanceFileEntry(null, errors);
        }

        var adjustments = draft.Adjustments.Concat(draft.Lines.SelectMany(l => l.Adjustments));
        var payment = new RemittancePayment(
            clp[1], clp.Has(7) ? clp[7] : null, clp[2], RemittanceStatuses.Read(clp[2], adjustments),
            draft.Billed, draft.Paid, draft.PatientResponsibility, draft.Adjustments, draft.Remarks,
            draft.Lines.Select(l => l.ToRecord()).ToList(), source);
        return new RemittanceFileEntry(payment, errors);
    }

    private static void CheckBalance(RemittanceDraft draft)
    {
        if (draft.Issues.Any(i => i.Code == X12IssueCodes.InvalidAmount))
        {
            return;
        }

        foreach (var line in draft.Lines)
        {
            var adjusted = line.Adjustments.Sum(a => a.Amount);
            if (line.Billed != line.Paid + adjusted)
            {
                draft.Issues.Add(line.Svc, 2, null, X12IssueCodes.LineBalance,
                    $"SVC02 {line.Billed} differs from the line's payment {line.Paid} plus its adjustments {adjusted}.");
            }
        }

        var claimAdjusted = draft.Adjustments.Sum(a => a.Amount) + draft.Lines.Sum(l => l.Adjustments.Sum(a => a.Amount));
        if (draft.Billed != draft.Paid + claimAdjusted)
        {
            draft.Issues.Add(draft.Clp, 3, null, X12IssueCodes.ClaimBalance,
                $"CLP03 {draft.Billed} differs from the payment {draft.Paid} plus all claim and line adjustments {claimAdjusted}.");
        }
    }
}
