namespace Mesh.Grains.Scribe.Lexicons;

/// <summary>English cue words.</summary>
internal static class EnglishCues
{
    public static CueSet Set { get; } = new()
    {
        ClauseBreak = CuePattern.Of("but", "however", "although", "though", "except", "whereas", "apart from"),
        Negation = CuePattern.Of(
            "no", "not", "denies", "denied", "deny", "denying", "without", "never", "none", "negative for",
            "free of", "don't", "doesn't", "didn't", "haven't", "hasn't", "hadn't", "isn't", "wasn't", "aren't", "nor"),
        Affirmation = CuePattern.Of("i have", "i've", "i do have", "has", "reports", "complains of", "positive for", "there is", "there's"),
        Started = CuePattern.Of(
            "start*", "begin*", "began", "prescrib*", "put you on", "put him on", "put her on", "give you",
            "add", "adding", "added", "initiat*", "try you on", "new prescription", "trial of",
            "you can give", "you can use", "you can take", "can try", "let's try", "we'll try", "give", "giving",
            "administer*"),
        Stopped = CuePattern.Of(
            "stop*", "discontinu*", "quit*", "stop* taking", "quit* taking", "stop* using", "come off", "came off", "coming off", "no longer tak*", "taper off",
            "hold off on", "instead of"),
        Changed = CuePattern.Of(
            "increas*", "decreas*", "reduc*", "raise", "raising", "lower the", "lower your", "lowering", "chang*",
            "switch*", "adjust*", "doubl*", "halv*", "cut back", "go up on", "up the dose", "bump*", "titrat*"),
        Current = CuePattern.Of(
            "take", "takes", "taking", "took", "taken", "is on", "i'm on", "i am on", "been on", "she's on", "he's on",
            "still on", "currently on", "use", "uses", "using", "continu*", "keep taking", "stay on"),
        Replacement = CuePattern.Of("switch*", "chang*", "replac*", "swap*"),
        Diagnosis = CuePattern.Of(
            "diagnos*", "consistent with", "likely", "most likely", "probably", "probable", "i think you have",
            "i think it's", "i think this is", "looks like", "sounds like", "suggestive of", "you have", "you've got",
            "this is", "that's", "suspect*", "impression", "due to", "caused by", "she has", "he has", "sound like"),
        DiagnosisDoubt = CuePattern.Of(
            "not", "unlikely", "rule out", "ruled out", "no sign*", "no evidence", "doubt*", "don't think", "isn't", "no"),
        PlanStep = CuePattern.Of(
            "i'll", "i will", "we'll", "we will", "let's", "let us", "i want you to", "i'd like you to",
            "i would like you to", "you should", "you need to", "please", "i'm going to", "we're going to", "plan",
            "recommend*", "make sure", "try to", "continue", "keep taking", "avoid", "drink", "rest", "take", "start*",
            "stop*", "increas*", "decreas*", "follow up", "come back", "refer*", "order*", "switch*", "schedule"),
        FollowUp = CuePattern.Of(
            "follow up", "follow-up", "followup", "come back", "come in again", "see you back", "see you again",
            "see you in", "return in", "return to clinic", "recheck", "check back", "back in", "next appointment", "revisit"),
        OrderVerb = CuePattern.Of(
            "order*", "get a", "get an", "get some", "send you for", "check your", "do a", "do an", "do some", "run", "draw",
            "i'll", "we'll", "let's", "i want", "i'd like", "schedule"),
        Referral = CuePattern.Of("refer*", "referral", "send you to", "see a specialist", "specialist"),
        ReasonForVisit = CuePattern.Of(
            "i'm here for", "i'm here because", "i'm here about", "i am here for", "i am here because", "i came in for",
            "i came in because", "i came because", "the reason i'm here is", "i need", "i wanted to"),
        // Patients seldom say "allergic": "can't take", "reacts to" and "gets a rash from" record an allergy as surely.
        Allergy = CuePattern.Of(
            "allerg*", "reaction to", "react to", "anaphyla*", "can't take", "cannot take", "can not take", "couldn't take",
            "reacts to", "reacted to", "reacting to", "react badly to", "intoleran*", "intolerant to",
            "gets a rash from", "get a rash from", "got a rash from", "gets hives from", "get hives from", "got hives from",
            "breaks out from", "broke out from", "swells up from", "swelled up from", "makes me break out", "sensitive to"),
        Hypothetical = CuePattern.Of("if", "in case", "watch for", "look out for", "as needed for", "unless", "should you"),
    };
}
