namespace Mesh.Grains.Scribe.Summary;

/// <summary>The languages a patient summary can be written in.</summary>
internal static class SummaryLanguages
{
    public static SummaryPhrases English { get; } = new()
    {
        Title = "Your visit summary",
        WhatWeFound = "What we found",
        CameInFor = "You came in because of",
        Symptoms = "What you told us about",
        NotPresent = "You told us you do not have",
        Measurements = "Your measurements",
        DoctorThinks = "What your doctor thinks",
        Allergies = "Your allergies",
        YourMedicines = "Your medicines",
        Start = "Start taking",
        Change = "Change how you take",
        Stop = "Stop taking",
        Keep = "Keep taking",
        NoMedicineChanges = "We did not talk about any medicines.",
        WhatToDoNext = "What to do next",
        FollowUp = "Follow-up",
        Tests = "Tests",
        Referral = "Referral",
        Other = "Also",
        NothingToDo = "Nothing else was planned. Call the clinic if you feel worse.",
        DraftNote = "This summary is a draft until your doctor has checked and approved it.",
        DecimalSeparator = '.',
        Vitals = new Dictionary<VitalKind, string>
        {
            [VitalKind.BloodPressure] = "Blood pressure",
            [VitalKind.HeartRate] = "Heart rate",
            [VitalKind.Temperature] = "Temperature",
            [VitalKind.RespiratoryRate] = "Breathing rate",
            [VitalKind.OxygenSaturation] = "Oxygen level",
            [VitalKind.Weight] = "Weight",
            [VitalKind.Height] = "Height",
            [VitalKind.Glucose] = "Blood sugar",
        },
    };

    public static SummaryPhrases Hungarian { get; } = new()
    {
        Title = "Összefoglaló a mai vizitről",
        WhatWeFound = "Amit megállapítottunk",
        CameInFor = "Ezzel a panasszal érkezett",
        Symptoms = "Az Ön által említett tünetek",
        NotPresent = "Elmondása szerint nincs",
        Measurements = "Mért értékei",
        DoctorThinks = "Orvosa véleménye",
        Allergies = "Allergiái",
        YourMedicines = "Az Ön gyógyszerei",
        Start = "Új gyógyszer, kezdje el szedni",
        Change = "Módosított adagolás",
        Stop = "Hagyja abba a szedését",
        Keep = "Szedje tovább változatlanul",
        NoMedicineChanges = "Gyógyszerekről nem esett szó.",
        WhatToDoNext = "Teendők",
        FollowUp = "Kontroll",
        Tests = "Vizsgálatok",
        Referral = "Beutaló",
        Other = "Egyéb",
        NothingToDo = "Más teendő nem volt. Ha rosszabbul érzi magát, hívja a rendelőt.",
        DraftNote = "Ez az összefoglaló tervezet, amíg kezelőorvosa át nem nézi és jóvá nem hagyja.",
        DecimalSeparator = ',',
        Vitals = new Dictionary<VitalKind, string>
        {
            [VitalKind.BloodPressure] = "Vérnyomás",
            [VitalKind.HeartRate] = "Pulzus",
            [VitalKind.Temperature] = "Testhőmérséklet",
            [VitalKind.RespiratoryRate] = "Légzésszám",
            [VitalKind.OxygenSaturation] = "Oxigénszaturáció",
            [VitalKind.Weight] = "Testsúly",
            [VitalKind.Height] = "Testmagasság",
            [VitalKind.Glucose] = "Vércukor",
        },
    };
}
