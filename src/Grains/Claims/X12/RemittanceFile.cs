namespace Mesh.Grains.Claims.X12;

/// <summary>An 835 file read: its interchange, one entry per claim payment (CLP), the payment total and the file's
/// own issues.</summary>
/// <param name="Interchange">ISA13, sender and receiver; null only when no ISA could be read.</param>
/// <param name="Payments">One entry per CLP, in file order.</param>
/// <param name="PaymentTotal">BPR02 (summed over the transaction sets), when any BPR was read.</param>
/// <param name="Errors">Issues of the file, its envelopes and its totals (BPR02 against the claims paid).</param>
public sealed record RemittanceFile(X12Interchange? Interchange, IReadOnlyList<RemittanceFileEntry> Payments, decimal? PaymentTotal, IReadOnlyList<X12Issue> Errors);

/// <summary>One claim payment of an 835 as read and checked.</summary>
/// <param name="Payment">The payment; null when CLP01 is missing.</param>
/// <param name="Errors">Its balance and content issues, and the envelope issues of its transaction set.</param>
public sealed record RemittanceFileEntry(RemittancePayment? Payment, IReadOnlyList<X12Issue> Errors);
