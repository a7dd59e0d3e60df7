using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Mesh.Grains.AI.Privacy;

/// <summary>
/// One exchange with an untrusted model: what goes out is de-identified, and the same session maps the answer back. The same
/// identifier gets the same placeholder throughout the session; dates move by one offset, so intervals stay true. The
/// mapping never leaves the session.
/// </summary>
public sealed partial class PhiSession
{
    private static readonly JsonSerializerOptions Relaxed = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static readonly Dictionary<PhiKind, string> Labels = new()
    {
        [PhiKind.Name] = "NAME",
        [PhiKind.Date] = "DATE",
        [PhiKind.Address] = "ADDRESS",
        [PhiKind.ZipCode] = "ZIP",
        [PhiKind.Phone] = "PHONE",
        [PhiKind.Email] = "EMAIL",
        [PhiKind.Url] = "URL",
        [PhiKind.IpAddress] = "IP",
        [PhiKind.RecordNumber] = "RECORD",
        [PhiKind.MemberNumber] = "MEMBER",
        [PhiKind.AccountNumber] = "ACCOUNT",
        [PhiKind.SocialSecurityNumber] = "SSN",
        [PhiKind.IdentifyingNumber] = "ID",
    };

    private readonly Dictionary<(PhiKind Kind, string Original), string> _placeholders = [];
    private readonly Dictionary<string, string> _originals = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _shiftedDates = new(StringComparer.Ordinal);
    private readonly Dictionary<PhiKind, int> _counters = [];
    private readonly HashSet<PhiKind> _kinds = [];
    private readonly List<string> _reserved = [];

    internal PhiSession(PhiSubject? subject, int shiftDays, PhiDateHandling dates)
    {
        Subject = subject;
        ShiftDays = shiftDays;
        Dates = dates;
    }

    /// <summary>The patient the exchange is about, when known.</summary>
    public PhiSubject? Subject { get; }

    /// <summary>How dates are treated.</summary>
    public PhiDateHandling Dates { get; }

    /// <summary>The kinds replaced so far, in <see cref="PhiKind"/> order.</summary>
    public IReadOnlyList<PhiKind> Kinds => [.. _kinds.Order()];

    /// <summary>Days every date is moved by (never zero).</summary>
    internal int ShiftDays { get; }

    /// <summary>
    /// Notes text that goes out, before any of it is de-identified, so that no placeholder handed out collides with text
    /// that already looks like one (and would then be "re-identified").
    /// </summary>
    public void Reserve(string? text)
    {
        if (!string.IsNullOrEmpty(text) && text.Contains('['))
        {
            _reserved.Add(text);
        }
    }

    /// <summary>The text with every identifier replaced.</summary>
    public string Deidentify(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var spans = PhiDetector.Find(text, Subject);
        if (spans.Count == 0)
        {
            return text;
        }

        var result = new StringBuilder(text.Length);
        var at = 0;
        foreach (var span in spans)
        {
            result.Append(text, at, span.Index - at);
            result.Append(Replacement(text.Substring(span.Index, span.Length), span));
            at = span.End;
        }

        return result.Append(text, at, text.Length - at).ToString();
    }

    /// <summary>A model's answer with placeholders and moved dates mapped back to what they stand for.</summary>
    public string Reidentify(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (Dates == PhiDateHandling.Shift)
        {
            // Dates first: the originals placed by the placeholders below are not to be moved.
            var dates = PhiDates.Find(text);
            if (dates.Count > 0)
            {
                var moved = new StringBuilder(text.Length);
                var at = 0;
                foreach (var date in dates)
                {
                    moved.Append(text, at, date.Index - at);
                    moved.Append(_shiftedDates.TryGetValue(date.Written, out var original) ? original : date.Moved(-ShiftDays));
                    at = date.Index + date.Length;
                }

                text = moved.Append(text, at, text.Length - at).ToString();
            }
        }

        return _originals.Count == 0
            ? text
            : Placeholder().Replace(text, match => _originals.TryGetValue(match.Value, out var original) ? original : match.Value);
    }

    /// <summary>
    /// A JSON answer mapped back string by string, so an original with quotes or backslashes stays valid JSON; text that
    /// is not JSON is mapped back as text.
    /// </summary>
    public string ReidentifyJson(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        JsonNode? node;
        try
        {
            node = JsonNode.Parse(text);
        }
        catch (JsonException)
        {
            return Reidentify(text);
        }

        return node is null ? text : MapStrings(node, Reidentify)!.ToJsonString(Relaxed);
    }

    /// <summary>A copy of a JSON value with every string in it (not the property names) passed through <paramref name="map"/>.</summary>
    internal static JsonNode? MapStrings(JsonNode? node, Func<string, string> map) => node switch
    {
        null => null,
        JsonObject obj => new JsonObject(obj.Select(p => KeyValuePair.Create(p.Key, MapStrings(p.Value, map)))),
        JsonArray array => new JsonArray([.. array.Select(item => MapStrings(item, map))]),
        JsonValue value when value.GetValueKind() == JsonValueKind.String => JsonValue.Create(map(value.GetValue<string>())),
        _ => node.DeepClone(),
    };

    private string Replacement(string original, PhiSpan span)
    {
        _kinds.Add(span.Kind);
        if (span.Kind == PhiKind.Date && Dates == PhiDateHandling.Shift && span.Date is { } date)
        {
            var shifted = date.Moved(ShiftDays);
            _shiftedDates.TryAdd(shifted, original);
            return shifted;
        }

        if (_placeholders.TryGetValue((span.Kind, original), out var placeholder))
        {
            return placeholder;
        }

        var label = Labels[span.Kind];
        var number = _counters.GetValueOrDefault(span.Kind);
        do
        {
            number++;
            placeholder = $"[{label}-{number}]";
        }
        while (_reserved.Any(text => text.Contains(placeholder, StringComparison.Ordinal)));

        _counters[span.Kind] = number;
        _placeholders[(span.Kind, original)] = placeholder;
        _originals[placeholder] = original;
        return placeholder;
    }

    [GeneratedRegex(@"\[(?:NAME|DATE|ADDRESS|ZIP|PHONE|EMAIL|URL|IP|RECORD|MEMBER|ACCOUNT|SSN|ID)-\d+\]", RegexOptions.CultureInvariant)]
    private static partial Regex Placeholder();
}
