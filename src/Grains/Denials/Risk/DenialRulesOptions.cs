namespace Mesh.Grains.Denials.Risk;

/// <summary>
/// The clinic's payer rules, bound from <c>Mesh:Denials</c>: <c>Mesh:Denials:Payers:&lt;payerId&gt;:TimelyFilingDays</c> and
/// <c>...:PriorAuthorizationCodes</c>. A payer not listed gets the defaults.
/// </summary>
public sealed class DenialRulesOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Mesh:Denials";

    /// <summary>Days from service to submission a payer accepts when it names no limit. Default 365, Medicare's twelve months.</summary>
    public int DefaultTimelyFilingDays { get; set; } = 365;

    /// <summary>
    /// Procedure codes that need prior authorization when neither the payer nor <see cref="DefaultPriorAuthorizationCodes"/>
    /// names any: advanced imaging and elective joint surgery, what commercial payers most often put behind authorization.
    /// </summary>
    public static IReadOnlyList<string> StandardPriorAuthorizationCodes { get; } =
    [
        "70551", "70552", "70553", "72141", "72148", "72149", "73721", "74177", "78815", "27447", "27130", "29881", "63030",
    ];

    /// <summary>
    /// The clinic's own default list (replacing <see cref="StandardPriorAuthorizationCodes"/>, not adding to it); null for
    /// the standard list. Nullable because configuration binding appends to a list that already has items.
    /// </summary>
    public List<string>? DefaultPriorAuthorizationCodes { get; set; }

    /// <summary>Per-payer rules, keyed by the payer id of the claim (NM109 of loop 2010BB).</summary>
    public Dictionary<string, PayerRuleOptions> Payers { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The timely filing limit of <paramref name="payerId"/>.</summary>
    public int TimelyFilingDaysOf(string payerId) =>
        Payers.TryGetValue(payerId, out var payer) && payer.TimelyFilingDays is { } days ? days : DefaultTimelyFilingDays;

    /// <summary>Whether <paramref name="payerId"/> needs prior authorization for <paramref name="procedureCode"/>.</summary>
    public bool NeedsPriorAuthorization(string payerId, string procedureCode) =>
        (Payers.TryGetValue(payerId, out var payer) && payer.PriorAuthorizationCodes is { } codes
            ? codes
            : DefaultPriorAuthorizationCodes ?? StandardPriorAuthorizationCodes)
            .Contains(procedureCode, StringComparer.OrdinalIgnoreCase);
}

/// <summary>One payer's rules.</summary>
public sealed class PayerRuleOptions
{
    /// <summary>Days from the date of service within which the payer must receive the claim; null for the default.</summary>
    public int? TimelyFilingDays { get; set; }

    /// <summary>Procedure codes the payer authorizes in advance; null for the default list.</summary>
    public List<string>? PriorAuthorizationCodes { get; set; }
}
