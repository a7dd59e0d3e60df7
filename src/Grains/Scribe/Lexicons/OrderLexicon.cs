using Mesh.Grains.Scribe.Text;

namespace Mesh.Grains.Scribe.Lexicons;

/// <summary>Lab tests and imaging studies that make a plan sentence an order.</summary>
internal static class OrderLexicon
{
    private const string Tests = """
        blood test, blood tests, blood work, bloodwork, labs, lab work, lab test, lab tests, x-ray, xray, chest x-ray,
        chest film, ct, ct scan, cat scan, mri, ultrasound, echocardiogram, echo, ecg, ekg, electrocardiogram,
        urinalysis, urine test, urine sample, urine culture, culture, swab, throat swab, a1c, hba1c, hemoglobin a1c,
        cholesterol panel, lipid panel, cbc, blood count, complete blood count, metabolic panel, kidney function,
        liver function, thyroid panel, tsh, mammogram, colonoscopy, strep test, rapid strep, covid test, flu test,
        spirometry, stress test, holter,
        labor, laborvizsgálat, vérvétel, vérkép, vérvizsgálat, röntgen, mellkasröntgen, mellkas röntgen, ultrahang,
        hasi ultrahang, mr vizsgálat, mri, ekg, vizeletvizsgálat, vizeletminta, vizelettenyésztés, tenyésztés, torokváladék,
        koleszterinszint, vércukorszint, pajzsmirigyhormon, légzésfunkció, légzésfunkciós vizsgálat, terheléses ekg,
        mammográfia, gyorsteszt
        """;

    public static TermLexicon<string> Terms { get; } = new(DrugLexicon.Split(Tests).Select(t => KeyValuePair.Create(t, t)));
}
