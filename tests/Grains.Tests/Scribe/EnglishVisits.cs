namespace Mesh.Grains.Tests.Scribe;

/// <summary>English doctor-patient visits written for these tests.</summary>
internal static class EnglishVisits
{
    public const string AcuteBronchitis = """
        Doctor: Good morning, what brings you in today?
        Patient: I've had a bad cough for five days and I feel really tired.
        Doctor: Any fever or chills?
        Patient: No fever, but I had chills last night.
        Doctor: Any chest pain or shortness of breath?
        Patient: No chest pain. A little short of breath when I climb stairs.
        Doctor: Are you taking any medications?
        Patient: I take lisinopril 10 mg once daily for my blood pressure.
        Doctor: Any allergies to medications?
        Patient: Yes, I'm allergic to penicillin. I get hives.
        Nurse: Temperature is 37.8 degrees, pulse 92, oxygen saturation 96%, blood pressure 138/86.
        Doctor: Your lungs have some wheezing. This is most likely acute bronchitis.
        Doctor: I'll prescribe azithromycin 500 mg by mouth once daily for three days, and I'm also starting you on an albuterol inhaler, two puffs every 4 hours as needed.
        Doctor: Drink plenty of fluids and rest.
        Doctor: Follow up in two weeks if the cough is not better.
        """;

    public const string Hypertension = """
        Doctor: How have your blood pressure readings been at home?
        Patient: Mostly around 150 over 95. I've been taking lisinopril 10 mg every morning.
        Doctor: Any headaches, dizziness or chest pain?
        Patient: Occasional headaches, no dizziness, no chest pain.
        Nurse: Blood pressure today is 152/94, heart rate 78 bpm, weight 92 kg.
        Doctor: Your blood pressure is still high, so this is uncontrolled hypertension.
        Doctor: Let's increase lisinopril to 20 mg once daily.
        Doctor: I also want you to stop the ibuprofen you take for your knee, because it can raise blood pressure.
        Doctor: Start acetaminophen 500 mg as needed for the knee pain instead.
        Doctor: I'll order a basic metabolic panel to check your kidney function and potassium.
        Doctor: Come back in four weeks for a blood pressure check.
        """;

    public const string Diabetes = """
        Doctor: Your A1c came back at 8.9, which is higher than we want.
        Patient: I know. I've been taking metformin 1000 mg twice a day but it upsets my stomach.
        Doctor: Any nausea or diarrhea?
        Patient: Some nausea for about two weeks. No diarrhea.
        Doctor: Are you checking your sugars?
        Patient: Yes, my fasting blood sugar was 182 this morning.
        Nurse: Weight is 104 kg and blood pressure is 128/78.
        Doctor: This is type 2 diabetes that is not well controlled.
        Doctor: Let's reduce the metformin to 500 mg twice daily, and start empagliflozin 10 mg once daily.
        Doctor: Also start atorvastatin 20 mg at night for your cholesterol.
        Doctor: I'll refer you to a dietitian and order a lipid panel.
        Doctor: Follow up in three months.
        """;

    public const string UrinaryInfection = """
        Patient: I'm here because it burns when I pee and I have to go all the time.
        Doctor: How long has that been going on?
        Patient: Since Saturday. No fever, no back pain.
        Doctor: Any blood in your urine?
        Patient: No.
        Doctor: Any allergies?
        Patient: I'm allergic to sulfa drugs, they gave me a rash.
        Doctor: The urine dipstick shows nitrites, so this is consistent with a urinary tract infection.
        Doctor: Since you're allergic to sulfa, I'll prescribe nitrofurantoin 100 mg twice daily for five days.
        Doctor: I'll also send a urine culture.
        Doctor: Drink plenty of water, and come back if you develop fever or flank pain.
        """;

    public const string EarInfection = """
        Nurse: Temperature is 101.3 degrees Fahrenheit and heart rate is 118.
        Doctor: What's been going on with Lily?
        Mother: She's had ear pain on the left side since yesterday and a fever.
        Mother: She's been pulling at her ear and not sleeping well. No vomiting.
        Doctor: Is she allergic to anything?
        Mother: No known drug allergies.
        Doctor: Her left eardrum is red and bulging, so she has an ear infection, otitis media.
        Doctor: I'm prescribing amoxicillin 400 mg twice a day for ten days, and you can give ibuprofen every 6 hours as needed for pain.
        Doctor: Come back in two days if the fever doesn't go away.
        """;

    public const string AsthmaFlare = """
        Patient: My asthma has been acting up, I've been wheezing at night for the past week.
        Doctor: How often are you using your albuterol inhaler?
        Patient: About three or four times a day. I'm also on fluticasone, one puff twice a day.
        Doctor: Any fever or cough?
        Patient: A dry cough, but no fever.
        Nurse: Oxygen saturation is 95 percent, respiratory rate 20.
        Doctor: This is an asthma flare, likely triggered by the pollen season.
        Doctor: I'm going to increase the fluticasone to two puffs twice daily and add montelukast ten milligrams at bedtime.
        Doctor: Keep using albuterol as needed.
        Doctor: Let's see you back in one month.
        """;

    public const string Migraine = """
        Doctor: Tell me about the headaches.
        Patient: I've been getting bad headaches on one side with nausea for about three months.
        Patient: Light bothers me during them. I take ibuprofen 400 mg but it barely helps.
        Doctor: Any weakness, numbness or vision loss?
        Patient: No weakness or numbness.
        Doctor: Blood pressure is 118/76 and pulse 70.
        Doctor: These sound like migraines.
        Doctor: I'm starting sumatriptan 50 mg by mouth at the onset of a headache, and you can stop the ibuprofen.
        Doctor: Keep a headache diary and avoid skipping meals.
        Doctor: Follow up in six weeks.
        """;

    public const string Reflux = """
        Patient: I get heartburn almost every night after dinner, it's been going on for two months.
        Doctor: Do you have any trouble swallowing or black stools?
        Patient: No trouble swallowing.
        Doctor: What are you taking for it?
        Patient: I've been taking famotidine 20 mg at night, but it doesn't help much.
        Doctor: It sounds like gastroesophageal reflux disease.
        Doctor: I'm going to switch you from famotidine to omeprazole 20 mg once daily before breakfast.
        Doctor: Avoid eating within three hours of bedtime and raise the head of your bed.
        Doctor: If it's not better in eight weeks, I'll refer you to gastroenterology for an endoscopy.
        """;

    public const string Cholesterol = """
        Nurse: Blood pressure 134/82, heart rate 66, weight 88.5 kg, height 178 cm.
        Doctor: How are you doing on the simvastatin?
        Patient: I stopped taking simvastatin a month ago because of muscle aches.
        Doctor: Are the muscle aches gone now?
        Patient: Yes, they went away.
        Doctor: Your LDL is still high, so you have hyperlipidemia that needs treatment.
        Doctor: Let's try rosuvastatin 5 mg once daily instead, it's usually better tolerated.
        Doctor: Continue aspirin 81 mg daily.
        Doctor: We'll recheck a lipid panel in three months.
        """;

    public const string AtrialFibrillation = """
        Doctor: Any bleeding or bruising?
        Patient: No bleeding. I take Multaq four hundred milligrams twice a day for my atrial fibrillation.
        Doctor: Heart rate is 84 and irregular, blood pressure 126 over 80.
        Doctor: Continue metoprolol 25 mg twice daily and Multaq.
        Doctor: I'll order an ECG and a complete blood count today.
        Doctor: Follow up in six months.
        """;

    public const string Palpitations = """
        Doctor: What can I do for you today?
        Patient: I've been having palpitations on and off since last week.
        Doctor: Any chest pain, fainting or shortness of breath?
        Patient: I never had chest pain. I get the palpitations without dizziness.
        Doctor: Heart rate is 104 bpm, blood pressure 146/92, SpO2 98%.
        Doctor: The patient denies chest pain and denies fainting.
        Doctor: Your ECG shows an irregular rhythm, so I think you have atrial fibrillation.
        Doctor: Please stop drinking energy drinks and cut down on coffee.
        Doctor: I'm starting metoprolol 25 mg by mouth twice daily.
        Doctor: I'm going to refer you to cardiology and order an echocardiogram.
        Doctor: Come back in two weeks.
        """;
}
