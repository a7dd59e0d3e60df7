namespace Mesh.Grains.Scribe.Lexicons;

/// <summary>Hungarian cue words; verb stems carry <c>*</c> because Hungarian conjugates by suffix.</summary>
internal static class HungarianCues
{
    public static CueSet Set { get; } = new()
    {
        ClauseBreak = CuePattern.Of("de", "viszont", "azonban", "ám", "bár", "ellenben"),
        Negation = CuePattern.Of("nincs*", "nem", "sem", "tagad*", "soha", "semmi*", "nélkül"),
        NegationAfter = CuePattern.Of("nincs*", "nem volt", "nem", "nélkül", "nem jelentkez*"),
        Affirmation = CuePattern.Of("van", "vannak", "panaszol*", "jelentkez*"),
        Started = CuePattern.Of(
            "elkezd*", "kezd*", "felír*", "írok", "írom", "írunk", "kap", "kapja", "kapjon", "kapni", "rendel*",
            "adok", "adunk", "elindít*", "indít*", "bevezet*", "adhat*", "adja"),
        Stopped = CuePattern.Of(
            "abbahagy*", "hagyja abba", "hagyjuk abba", "hagyja el", "hagyjuk el", "elhagy*", "leállít*",
            "állítsa le", "állítsuk le", "ne szedje", "ne szedj*", "ne szedd", "befejez*", "elhagyhat*"),
        Changed = CuePattern.Of(
            "emel*", "csökkent*", "módosít*", "vált*", "változtat*", "cserél*", "átáll*", "dupláz*", "felez*", "növel*"),
        Current = CuePattern.Of("szed*", "használ*", "folytat*", "marad*"),
        Replacement = CuePattern.Of("helyett"),
        Diagnosis = CuePattern.Of(
            "diagnóz*", "kórism*", "valószínű*", "szerintem", "úgy gondolom", "úgy látom", "úgy tűnik",
            "megállapít*", "ez egy", "gyanú*", "utal*", "önnek", "magának"),
        DiagnosisDoubt = CuePattern.Of("nem", "kizár*", "nincs*"),
        PlanStep = CuePattern.Of(
            "javasol*", "javaslom", "kérem", "kérek", "felír*", "írok", "küld*", "beutal*", "menjen", "igyon",
            "pihenjen", "kerülje", "folytas*", "szedje", "vegye", "kontroll*", "jöjjön", "elkezd*", "abbahagy*",
            "hagyja abba", "emel*", "csökkent*", "fogunk", "fogjuk", "csinálunk", "megnézzük", "ellenőrizzük",
            "elvégez*", "beutalom"),
        FollowUp = CuePattern.Of(
            "kontroll*", "jöjjön vissza", "jöjjön el újra", "visszajön", "visszavár*", "újra látom", "viszontlát*",
            "jöjjön be újra"),
        OrderVerb = CuePattern.Of(
            "kérek", "kérünk", "elvégez*", "csinálunk", "csinálok", "megnézzük", "megnézem", "ellenőrizzük", "küld*", "rendel*", "vérvétel*", "levesz*"),
        Referral = CuePattern.Of("beutal*", "szakorvos*", "szakrendel*", "elküld*"),
        ReasonForVisit = CuePattern.Of("azért jöttem", "azért vagyok itt", "panaszom", "problémám", "amiért jöttem"),
        Allergy = CuePattern.Of("allergi*", "túlérzékeny*", "anafilax*"),
        Hypothetical = CuePattern.Of("ha", "amennyiben", "esetén"),
    };
}
