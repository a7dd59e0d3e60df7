using System.Net;
using System.Text.RegularExpressions;

namespace Mesh.Grains.AI.Privacy;

/// <summary>
/// Finds the identifiers of a clinical text by pattern: labelled numbers, addresses, phones, e-mails, dates, and names after
/// titles, labels, relatives and before credentials or in signatures, then every other occurrence of those names and of the
/// patient's own. Clinical words stay: a capitalised word is a name only where such a cue says so.
/// </summary>
internal static class PhiDetector
{
    // A name word: capitalised, at least two letters, ending lower-case (so MRI, CT and ECG are never names).
    private const string Word = @"\p{Lu}[\p{L}'’-]*\p{Ll}";
    private const string Initial = @"\p{Lu}\.";
    private const string FullName = "(?<n>" + Word + @"(?:[ \t]+(?:" + Initial + @"[ \t]*)?" + Word + "){0,2})";
    private const RegexOptions Flags = RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.Compiled;

    private static readonly HashSet<string> NotNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "The", "This", "That", "These", "Those", "Patient", "Doctor", "Nurse", "Mesh", "Yes", "No", "None", "Nothing", "Okay", "Ok",
        "Thank", "Thanks", "Hello", "Hi", "Good", "Morning", "Afternoon", "Evening", "Night", "Please", "Sorry", "Well", "So", "And",
        "But", "Or", "Not", "Today", "Tomorrow", "Yesterday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
        "Sunday", "He", "She", "They", "We", "You", "It", "My", "His", "Her", "Their", "Our", "Your", "Also", "Then", "Now", "Here",
        "There", "What", "When", "Where", "Why", "How", "Who", "Which", "Is", "Was", "Are", "Were", "Will", "Can", "Could", "Would",
        "Should", "Has", "Have", "Had", "Do", "Does", "Did", "Just", "Still", "Dear", "Sir", "Madam", "Team", "Clinic", "Hospital",
        "Department", "Ward", "Unit", "Center", "Centre", "Medical", "Health", "Care", "Emergency", "Radiology", "Cardiology",
        "Left", "Right", "Chest", "Mr", "Mrs", "Ms", "Miss", "Dr", "Prof", "Name", "Signed", "Regards", "Sincerely", "Said", "Says",
    };

    private static readonly string[] UsStates =
    [
        "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "DC", "FL", "GA", "HI", "ID", "IL", "IN", "IA", "KS", "KY", "LA", "ME", "MD",
        "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD",
        "TN", "TX", "UT", "VT", "VA", "WA", "WV", "WI", "WY", "PR",
    ];

    private static readonly string State = "(?:" + string.Join('|', UsStates) + ")";

    // Each group of patterns in priority order (see Find): where two overlap, the earlier one wins. A group "v" marks the
    // part that is replaced; the rest (a label) stays.
    private static readonly (Regex Pattern, PhiKind Kind)[] Contacts =
    [
        (new(@"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.\p{L}{2,}", Flags), PhiKind.Email),
        (new(@"(?<![\w])(?:https?://|www\.)[^\s""'<>]+(?<![.,;:)])", Flags | RegexOptions.IgnoreCase), PhiKind.Url),
        (new(@"(?<![\w.])(?:\d{1,3}\.){3}\d{1,3}(?![\w.])", Flags), PhiKind.IpAddress),
    ];

    private static readonly (Regex Pattern, PhiKind Kind)[] LabelledNumbers =
    [
        (Labelled(@"SSN|social[ ]security(?:[ ](?:number|no\.?|#))?", @"\d{3}-?\d{2}-?\d{4}"), PhiKind.SocialSecurityNumber),
        (Labelled(@"TAJ(?:[ ]?szám(?:om|a|ú)?)?|Sozialversicherungsnummer|SVNR", @"\d{3}[ -]?\d{3}[ -]?\d{3,4}"), PhiKind.SocialSecurityNumber),
        (Labelled(@"MRN|medical[ ]record(?:[ ](?:number|no\.?|#))?|(?:record|chart|case|hospital)[ ](?:number|no\.?|#)|patient[ ](?:id|number|no\.?|#)"), PhiKind.RecordNumber),
        (Labelled(@"member(?:ship)?[ -]?(?:id|number|no\.?|#)|(?:insurance|policy|subscriber|beneficiary|group|health[ ]plan|medicaid|medicare)[ ](?:id|number|no\.?|#)|Versichertennummer|Versicherungsnummer|biztosítási[ ]szám"), PhiKind.MemberNumber),
        (Labelled(@"account[ ](?:number|no\.?|#)|acct\.?(?:[ ](?:number|no\.?|#))?|billing[ ](?:id|number|no\.?)"), PhiKind.AccountNumber),
        (Labelled(@"(?:licen[cs]e|certificate|serial|device|vehicle|plate|passport|driver'?s[ ]licen[cs]e)[ ](?:id|number|no\.?|#)"), PhiKind.IdentifyingNumber),

    ];

    private static readonly (Regex Pattern, PhiKind Kind)[] Places =
    [
        // 12 Oak Street, Apt 4, Springfield, IL 62704
        (new(@"(?<![\w])\d{1,6}[ \t]+(?:[NSEW]\.?[ \t]+)?(?:\p{Lu}[\p{L}'.-]*[ \t]+){1,4}(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Court|Ct|Way|Place|Pl|Terrace|Parkway|Pkwy|Highway|Hwy|Circle|Cir|Square|Sq|Trail|Alley)(?![\p{L}])\.?(?:[ \t]+(?:NE|NW|SE|SW|N|S|E|W)(?![\p{L}])\.?)?" +
             @"(?:,?[ \t]*(?:Apt|Apartment|Suite|Ste|Unit|Room|\#)\.?[ \t]*\#?[\w-]+)?" +
             @"(?:,[ \t]*\p{Lu}[\p{L}.'-]*(?:[ \t]+\p{Lu}[\p{L}.'-]*){0,2}(?:,?[ \t]+" + State + @")?(?:[ \t]+\d{5}(?:-\d{4})?)?(?![\w]))?", Flags), PhiKind.Address),

        // Hauptstraße 12, 10115 Berlin; Kossuth Lajos utca 12.
        (new(@"(?<![\p{L}])\p{Lu}[\p{L}-]*(?:straße|strasse|str\.|weg|gasse|platz|allee|damm|ufer|chaussee)[ \t]+\d{1,4}[a-z]?(?![\w])(?:[ \t]*,[ \t]*\d{4,5}[ \t]+\p{Lu}\p{Ll}+)?", Flags), PhiKind.Address),
        (new(@"(?:(?<![\w])\d{4}[ \t]+\p{Lu}\p{Ll}+,[ \t]*)?(?<![\p{L}])(?:\p{Lu}\p{L}+[ \t]+){1,3}(?:utca|u\.|út|útja|tér|körút|krt\.|köz|sor|sétány|fasor)[ \t]+\d{1,4}(?:[/.][ \t]*\d+)?\.?", Flags), PhiKind.Address),

        // Springfield, IL 62704; 10115 Berlin
        (new(@"(?<![\p{L}])\p{Lu}[\p{L}.'-]+(?:[ \t]+\p{Lu}[\p{L}.'-]+){0,2},[ \t]*" + State + @"[ \t]+\d{5}(?:-\d{4})?(?![\w])", Flags), PhiKind.Address),
        (new(@"(?<![\w.,-])\d{5}[ \t]+\p{Lu}\p{Ll}{2,}(?![\p{L}])", Flags), PhiKind.Address),

        (Labelled(@"zip(?:[ -]?code)?|postal[ ]code|post[ ]?code|PLZ|irányítószám", @"\d{4,5}(?:-\d{4})?"), PhiKind.ZipCode),
        (new(@"(?<=(?<![\w])" + State + @"[ \t]{1,2})(?<v>\d{5}(?:-\d{4})?)(?![\w])", Flags), PhiKind.ZipCode),
        (new(@"(?<![\w-])\d{5}-\d{4}(?![\w-])", Flags), PhiKind.ZipCode),

    ];

    private static readonly (Regex Pattern, PhiKind Kind)[] Phones =
    [
        // Labelled, then North American (555-867-5309, (555) 867-5309, +1 555 867 5309), then international (+36 30 123 4567).
        (new(@"(?i:(?<![\p{L}])(?:phone|tel\.?|telephone|cell[ ]?phone|mobile|mob\.?|fax|call(?:[ ](?:me|her|him|them|us))?(?:[ ](?:at|on))?|reach(?:[ ](?:me|her|him|them))?[ ]at|number[ ]is|telefon|handy))(?:[ ](?:number|no\.?|\#))?[ \t]*:?[ \t]*(?<v>\+?[\d(][\d ().-]{4,}\d)(?![\w])", Flags), PhiKind.Phone),
        (new(@"(?<![\w+])(?:\+?1[ .-]?)?(?:\(\d{3}\)[ ]?|\d{3}(?<s>[.-]|[ ]))\d{3}[.\- ]\d{4}(?![\w])", Flags), PhiKind.Phone),
        (new(@"(?<![\w+])\+\d{1,3}[ .-]?(?:\(\d{1,4}\)[ .-]?)?\d{1,4}(?:[ .-]\d{2,5}){1,4}(?![\w])", Flags), PhiKind.Phone),

        // A national number with its trunk zero: 06-30-123-4567, 030 1234 5678, 06/30 123 4567.
        (new(@"(?<![\w+./-])0\d{1,4}(?:[ /-]\d{2,4}){2,4}(?![\w/-])", Flags), PhiKind.Phone),
    ];

    private static readonly (Regex Pattern, PhiKind Kind)[] LatePatterns =
    [
        (new(@"(?<![\w-])\d{3}-\d{2}-\d{4}(?![\w-])", Flags), PhiKind.SocialSecurityNumber),
        (new(@"(?<![\w.,-])\d{8,}(?![\w])", Flags), PhiKind.IdentifyingNumber),
    ];

    // Cues that the following (or preceding) capitalised words are a person's name.
    private static readonly Regex[] NameCues =
    [
        new(@"(?<![\p{L}])(?:Dr|dr|Mr|Mrs|Ms|Mx|Miss|Prof|Professor|Sr|Sra|Herr|Frau)\.?[ \t]+(?:" + Initial + @"[ \t]*)?" + FullName, Flags),
        new(@"(?<![\p{L}])(?:Patient|Patient[ ]name|Name|Patientin|Beteg|Név)[ \t]*:[ \t]*(?<n>" + Word + @"(?:[ \t]+(?:" + Initial + @"[ \t]*)?" + Word + @"){1,3})(?=[ \t]*(?:$|[,;(\r\n""\\]|[ \t]+(?:DOB|born|b\.|geb\.|date[ ]of[ ]birth|MRN)))", Flags | RegexOptions.Multiline),
        new(@"(?i:(?<![\p{L}])(?:my|his|her|their|our|your|the[ ]patient's|patient's)[ \t]+(?:(?:late|older|younger|elder|eldest|little|big|twin|step|ex)[ -]?)?(?:daughter|son|wife|husband|mother|mom|mum|father|dad|brother|sister|partner|spouse|friend|neighbou?r|grandson|granddaughter|grandchild|grandmother|grandfather|grandma|granny|grandpa|aunt|uncle|cousin|niece|nephew|fianc[eé]e?|boyfriend|girlfriend|carer|caregiver|child|kid|stepson|stepdaughter|son-in-law|daughter-in-law|mother-in-law|father-in-law|colleague|boss|roommate|flatmate)),?[ \t]+(?<n>" + Word + @"(?:[ \t]+" + Word + ")?)", Flags),
        new(@"(?<![\p{L}])(?:Hi|Hello|Hey|Dear|Good[ ](?:morning|afternoon|evening)|Thanks|Thank[ ]you|Bye|Goodbye),?[ \t]+(?<n>" + Word + @"(?:[ \t]+" + Word + ")?)", Flags),
        new(@"(?i:(?<![\p{L}])(?:my[ ]name[ ]is|my[ ]name's|I'm[ ]called|I[ ]am[ ]called))[ \t]+" + FullName, Flags),
        new(@"(?:^|(?<=[\r\n""]|\\n))[ \t]*(?i:(?:electronically[ ]|digitally[ ])?signed(?:[ ]by)?|signature|dictated[ ]by|transcribed[ ]by|reviewed[ ]by|attending(?:[ ]physician)?|referring[ ]physician|sincerely|yours[ ]sincerely|best[ ]regards|kind[ ]regards|regards|cc)[ \t]*[:,-]?[ \t]*(?:\r?\n[ \t]*|\\n[ \t]*)?(?:(?:Dr|Prof)\.?[ \t]+)?" + FullName, Flags | RegexOptions.Multiline),
        new(@"(?<![\p{L}])(?<n>" + Word + @"(?:[ \t]+(?:" + Initial + @"[ \t]*)?" + Word + @"){1,2}),?[ \t]+(?:MD|M\.D\.|D\.O\.|RN|NP|PA-C|PhD|DDS|MBBS|FRCP|APRN|LPN|CNA)(?![\p{L}])", Flags),
    ];

    private static readonly Regex NameToken = new(Word + "|" + @"\p{Lu}(?=\.)", Flags);

    /// <summary>Every identifier in <paramref name="text"/>, left to right, none overlapping.</summary>
    public static List<PhiSpan> Find(string text, PhiSubject? subject)
    {
        ArgumentNullException.ThrowIfNull(text);
        var covered = new bool[text.Length];
        var spans = new List<PhiSpan>();

        void Take(int index, int length, PhiKind kind, PhiDates.DateMatch? date = null)
        {
            if (length <= 0 || index < 0 || index + length > text.Length)
            {
                return;
            }

            for (var i = index; i < index + length; i++)
            {
                if (covered[i])
                {
                    return;
                }
            }

            Array.Fill(covered, true, index, length);
            spans.Add(new PhiSpan(index, length, kind, date));
        }

        void TakeMatches((Regex Pattern, PhiKind Kind)[] patterns)
        {
            foreach (var (pattern, kind) in patterns)
            {
                foreach (Match match in pattern.Matches(text))
                {
                    var value = match.Groups["v"] is { Success: true } v ? v : match.Groups[0];
                    if (Plausible(kind, value.Value))
                    {
                        Take(value.Index, value.Length, kind);
                    }
                }
            }
        }

        TakeMatches(Contacts);
        TakeMatches(LabelledNumbers);
        foreach (var identifier in (subject?.Identifiers ?? []).Append(subject?.PatientId ?? string.Empty).Where(i => i.Trim().Length >= 4))
        {
            foreach (Match match in Regex.Matches(text, @"(?<![\w])" + Regex.Escape(identifier.Trim()) + @"(?![\w])", RegexOptions.CultureInvariant))
            {
                Take(match.Index, match.Length, PhiKind.RecordNumber);
            }
        }

        TakeMatches(Places);

        // Dates before phones: 03/14/1961 is a date, not a number with a trunk zero.
        foreach (var date in PhiDates.Find(text))
        {
            Take(date.Index, date.Length, PhiKind.Date, date);
        }

        TakeMatches(Phones);
        TakeMatches(LatePatterns);
        FindNames(text, subject, Take);
        spans.Sort((a, b) => a.Index.CompareTo(b.Index));
        return spans;
    }

    private static void FindNames(string text, PhiSubject? subject, Action<int, int, PhiKind, PhiDates.DateMatch?> take)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var cue in NameCues)
        {
            foreach (Match match in cue.Matches(text))
            {
                var name = match.Groups["n"];
                // "Mr. Smith The patient": the name ends at the first word that is never one.
                foreach (var token in NameToken.Matches(name.Value).TakeWhile(t => !NotNames.Contains(t.Value)))
                {
                    take(name.Index + token.Index, token.Length, PhiKind.Name, null);
                    if (token.Length >= 2)
                    {
                        words.Add(token.Value);
                    }
                }
            }
        }

        // Every other occurrence of a name found above, and of the patient's own names (any case of the word, as long as
        // it is written capitalised, so the patient Rose White leaves white blood cells alone).
        var patientWords = (subject?.Names ?? [])
            .SelectMany(n => n.Split([' ', '\t', '-'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Where(w => w.Length >= 2 && w.Any(char.IsLetter))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
        Occurrences(text, words, RegexOptions.None, take);
        Occurrences(text, patientWords, RegexOptions.IgnoreCase, take);
    }

    private static void Occurrences(string text, IEnumerable<string> words, RegexOptions options, Action<int, int, PhiKind, PhiDates.DateMatch?> take)
    {
        var alternatives = words.OrderByDescending(w => w.Length).Select(Regex.Escape).ToList();
        if (alternatives.Count == 0)
        {
            return;
        }

        var pattern = new Regex(@"(?<![\p{L}\p{N}])(?:" + string.Join('|', alternatives) + @")(?![\p{L}\p{N}])", options | RegexOptions.CultureInvariant);
        foreach (Match match in pattern.Matches(text))
        {
            if (char.IsUpper(match.Value[0]))
            {
                take(match.Index, match.Length, PhiKind.Name, null);
            }
        }
    }

    private static Regex Labelled(string label, string value = @"(?=[A-Za-z0-9-]*\d)[A-Za-z0-9][A-Za-z0-9-]{2,}[A-Za-z0-9]") =>
        new(@"(?i:(?<![\p{L}])(?:" + label + @"))[ \t]*(?:is[ \t]+|:[ \t]*|\#[ \t]*|=[ \t]*)?(?:\#[ \t]*)?(?<v>" + value + @")(?![\w])", Flags);

    private static bool Plausible(PhiKind kind, string value)
    {
        var digits = value.Count(char.IsAsciiDigit);
        return kind switch
        {
            PhiKind.Phone => digits is >= 7 and <= 15 && !YearRange(value),
            PhiKind.IpAddress => IPAddress.TryParse(value, out _) && value.Split('.').All(p => p.Length <= 3 && int.Parse(p, System.Globalization.CultureInfo.InvariantCulture) <= 255),
            _ => true,
        };
    }

    // 2019-2021 is a span of years, not a phone.
    private static bool YearRange(string value)
    {
        var groups = value.Split(['-', ' ', '.'], StringSplitOptions.RemoveEmptyEntries);
        return groups.Length == 2 && groups.All(g => g.Length == 4 && int.TryParse(g, out var year) && year is >= 1900 and <= 2100);
    }
}
