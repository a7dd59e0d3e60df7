using Mesh.Grains.Scribe.Text;

namespace Mesh.Grains.Scribe.Lexicons;

/// <summary>
/// Common generic drug names, in English and in Hungarian spelling where it differs. A drug is reported
/// under the spelling the clinician used, so the name is always found in its evidence quote.
/// </summary>
internal static class DrugLexicon
{
    private const string English = """
        lisinopril, enalapril, ramipril, perindopril, captopril, quinapril, benazepril, fosinopril, trandolapril,
        losartan, valsartan, irbesartan, candesartan, telmisartan, olmesartan, sacubitril, amlodipine, nifedipine,
        felodipine, lercanidipine, diltiazem, verapamil, metoprolol, bisoprolol, atenolol, carvedilol, nebivolol,
        propranolol, labetalol, hydrochlorothiazide, chlorthalidone, indapamide, furosemide, torsemide, bumetanide,
        spironolactone, eplerenone, amiloride, triamterene, doxazosin, prazosin, terazosin, clonidine, hydralazine,
        methyldopa, isosorbide mononitrate, isosorbide dinitrate, nitroglycerin, ranolazine, ivabradine, digoxin,
        amiodarone, sotalol, flecainide, propafenone, dronedarone, atorvastatin, simvastatin, rosuvastatin,
        pravastatin, lovastatin, pitavastatin, fluvastatin, ezetimibe, fenofibrate, gemfibrozil, niacin, evolocumab,
        warfarin, acenocoumarol, apixaban, rivaroxaban, dabigatran, edoxaban, heparin, enoxaparin, clopidogrel,
        prasugrel, ticagrelor, aspirin, dipyridamole, cilostazol,
        metformin, glipizide, glimepiride, glyburide, gliclazide, sitagliptin, saxagliptin, linagliptin, alogliptin,
        vildagliptin, empagliflozin, dapagliflozin, canagliflozin, ertugliflozin, pioglitazone, liraglutide,
        semaglutide, dulaglutide, exenatide, tirzepatide, acarbose, repaglinide, insulin, insulin glargine,
        insulin lispro, insulin aspart, insulin detemir, insulin degludec, levothyroxine, liothyronine, methimazole,
        propylthiouracil, prednisone, prednisolone, methylprednisolone, dexamethasone, hydrocortisone,
        fludrocortisone, alendronate, risedronate, ibandronate, zoledronic acid, denosumab, calcitriol,
        cholecalciferol, vitamin d, testosterone, estradiol, progesterone, medroxyprogesterone, norethindrone,
        levonorgestrel, raloxifene, cabergoline,
        albuterol, salbutamol, levalbuterol, ipratropium, tiotropium, salmeterol, formoterol, fluticasone,
        budesonide, beclomethasone, mometasone, ciclesonide, montelukast, theophylline, roflumilast, benzonatate,
        guaifenesin, dextromethorphan, pseudoephedrine, cetirizine, levocetirizine, loratadine, desloratadine,
        fexofenadine, diphenhydramine, hydroxyzine, chlorpheniramine, promethazine,
        omeprazole, esomeprazole, pantoprazole, lansoprazole, rabeprazole, famotidine, ranitidine, sucralfate,
        ondansetron, metoclopramide, domperidone, loperamide, bisacodyl, senna, docusate, polyethylene glycol,
        lactulose, mesalamine, sulfasalazine, simethicone, dicyclomine, hyoscine, drotaverine,
        amoxicillin, amoxicillin clavulanate, amoxicillin-clavulanate, augmentin, penicillin, ampicillin, dicloxacillin, piperacillin,
        cephalexin, cefadroxil, cefuroxime, cefdinir, cefpodoxime, ceftriaxone, cefixime, cefazolin, azithromycin,
        clarithromycin, erythromycin, doxycycline, minocycline, tetracycline, ciprofloxacin, levofloxacin,
        moxifloxacin, ofloxacin, trimethoprim, sulfamethoxazole, nitrofurantoin, fosfomycin, metronidazole,
        tinidazole, clindamycin, vancomycin, linezolid, gentamicin, tobramycin, rifampin, isoniazid, ethambutol,
        pyrazinamide, acyclovir, valacyclovir, famciclovir, oseltamivir, fluconazole, itraconazole, terbinafine,
        nystatin, clotrimazole, miconazole, ketoconazole, tenofovir, emtricitabine, dolutegravir, ivermectin,
        albendazole, mebendazole, hydroxychloroquine,
        acetaminophen, paracetamol, ibuprofen, naproxen, diclofenac, meloxicam, celecoxib, indomethacin, ketorolac,
        etoricoxib, metamizole, tramadol, codeine, morphine, oxycodone, hydrocodone, hydromorphone, fentanyl,
        buprenorphine, methadone, tapentadol, naloxone, naltrexone, gabapentin, pregabalin, cyclobenzaprine,
        methocarbamol, baclofen, tizanidine, colchicine, allopurinol, febuxostat, sumatriptan, rizatriptan,
        zolmitriptan, topiramate,
        sertraline, fluoxetine, citalopram, escitalopram, paroxetine, fluvoxamine, venlafaxine, desvenlafaxine,
        duloxetine, bupropion, mirtazapine, trazodone, amitriptyline, nortriptyline, clomipramine, vortioxetine,
        lithium, quetiapine, olanzapine, risperidone, aripiprazole, haloperidol, ziprasidone, clozapine, lurasidone,
        alprazolam, lorazepam, diazepam, clonazepam, temazepam, buspirone, zolpidem, melatonin, methylphenidate,
        atomoxetine, lamotrigine, levetiracetam, valproate, valproic acid, carbamazepine, oxcarbazepine, phenytoin,
        lacosamide, donepezil, memantine, rivastigmine, levodopa, carbidopa, pramipexole, ropinirole,
        tamsulosin, finasteride, dutasteride, oxybutynin, tolterodine, solifenacin, mirabegron, sildenafil, tadalafil,
        folic acid, ferrous sulfate, cyanocobalamin, vitamin b12, potassium chloride, magnesium oxide,
        calcium carbonate, methotrexate, azathioprine, mycophenolate, tacrolimus, cyclosporine, adalimumab,
        etanercept, infliximab, epinephrine, adrenaline, mupirocin, triamcinolone, clobetasol, betamethasone,
        permethrin, isotretinoin, tretinoin, latanoprost, timolol
        """;

    private const string Hungarian = """
        lizinopril, kaptopril, kinapril, lozartán, valzartán, irbezartán, kandezartán, telmizartán, olmezartán,
        amlodipin, nifedipin, felodipin, lerkanidipin, bizoprolol, karvedilol, hidroklorotiazid, klórtalidon,
        indapamid, furoszemid, torazemid, spironolakton, eplerenon, doxazozin, klonidin, izoszorbid-mononitrát,
        nitroglicerin, amiodaron, szotalol, flekainid, propafenon, atorvasztatin, szimvasztatin, rozuvasztatin,
        pravasztatin, ezetimib, fenofibrát, acenokumarol, apixabán, rivaroxabán, dabigatrán, klopidogrél,
        tikagrelor, prazugrel, acetilszalicilsav, aszpirin, glimepirid, gliklazid, szitagliptin, pioglitazon,
        liraglutid, szemaglutid, dulaglutid, inzulin, levotiroxin, tiamazol, prednizon, prednizolon,
        metilprednizolon, dexametazon, hidrokortizon, alendronát, d-vitamin, szalbutamol, szalmeterol, flutikazon,
        budezonid, montelukaszt, teofillin, cetirizin, levocetirizin, loratadin, dezloratadin, fexofenadin,
        difenhidramin, omeprazol, ezomeprazol, pantoprazol, lanzoprazol, famotidin, ondanszetron, metoklopramid,
        domperidon, loperamid, laktulóz, mesalazin, szulfaszalazin, drotaverin, amoxicillin-klavulánsav, cefalexin,
        cefuroxim, ceftriaxon, cefixim, azitromicin, klaritromicin, eritromicin, doxiciklin, trimetoprim,
        szulfametoxazol, foszfomicin, metronidazol, klindamicin, vankomicin, aciklovir, valaciklovir, oszeltamivir,
        flukonazol, terbinafin, klotrimazol, diklofenák, meloxikám, celekoxib, indometacin, metamizol, kodein,
        morfin, oxikodon, fentanil, tizanidin, kolchicin, szumatriptán, topiramát, szertralin, fluoxetin, eszcitalopram,
        paroxetin, venlafaxin, duloxetin, mirtazapin, trazodon, amitriptilin, lítium, kvetiapin, olanzapin,
        riszperidon, aripiprazol, klonazepám, lamotrigin, levetiracetám, valproát, karbamazepin, oxkarbazepin,
        fenitoin, memantin, tamszulozin, finaszterid, dutaszterid, oxibutinin, szolifenacin, szildenafil, folsav,
        b12-vitamin, kálium-klorid, magnézium, kalcium, metotrexát, azatioprin, adrenalin, mupirocin
        """;

    // Brand names patients say instead of the generic; reported as said, since the quote must contain the name.
    private const string Brands = """
        Tylenol, Advil, Motrin, Aleve, Lipitor, Zocor, Crestor, Norvasc, Glucophage, Synthroid, Eliquis, Xarelto,
        Coumadin, Plavix, Lasix, Zoloft, Prozac, Lexapro, Xanax, Ambien, Ventolin, Proair, Flovent, Advair, Symbicort,
        Singulair, Zyrtec, Claritin, Allegra, Benadryl, Prilosec, Nexium, Protonix, Pepcid, Zofran, Zithromax, Z-Pak,
        Keflex, Cipro, Levaquin, Bactrim, Macrobid, Flagyl, Valtrex, Tamiflu, Diflucan, Neurontin, Lyrica, Flexeril,
        Ultram, Norco, Percocet, Imitrex, Topamax, Wellbutrin, Cymbalta, Effexor, Seroquel, Abilify, Lamictal, Keppra,
        Depakote, Flomax, Viagra, Cialis, Ozempic, Wegovy, Mounjaro, Jardiance, Farxiga, Januvia, Trulicity, Lantus,
        Humalog, Novolog, Entresto, Toprol, Lopressor, Zestril, Cozaar, Diovan, Coreg, Aldactone,
        Algopyrin, Cataflam, Nurofen, Panadol, Rubophen, No-Spa, Betaloc, Concor, Tritace, Sortis, Atoris, Xeter,
        Controloc, Ultop, Nolpaza, Humira
        """;

    public static IReadOnlyList<string> Names { get; } = Split(English).Concat(Split(Hungarian)).Concat(Split(Brands)).Distinct().ToList();

    public static TermLexicon<string> Terms { get; } = new(Names.Select(n => KeyValuePair.Create(n, n)));

    public static IEnumerable<string> Split(string list) =>
        list.Split([',', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>A lexicon of the drugs above plus names the patient's record already knows.</summary>
    public static TermLexicon<string> WithKnown(IEnumerable<string> known)
    {
        var extra = known.Where(k => !string.IsNullOrWhiteSpace(k)).Select(k => k.Trim()).ToList();
        return extra.Count == 0
            ? Terms
            : new TermLexicon<string>(Names.Concat(extra).Select(n => KeyValuePair.Create(n, n)));
    }
}
