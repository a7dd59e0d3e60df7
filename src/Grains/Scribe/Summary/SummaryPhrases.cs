namespace Mesh.Grains.Scribe.Summary;

/// <summary>The fixed words of a patient summary in one language.</summary>
internal sealed record SummaryPhrases
{
    public required string Title { get; init; }

    public required string WhatWeFound { get; init; }

    public required string CameInFor { get; init; }

    public required string Symptoms { get; init; }

    public required string NotPresent { get; init; }

    public required string Measurements { get; init; }

    public required string DoctorThinks { get; init; }

    public required string Allergies { get; init; }

    public required string YourMedicines { get; init; }

    public required string Start { get; init; }

    public required string Change { get; init; }

    public required string Stop { get; init; }

    public required string Keep { get; init; }

    public required string NoMedicineChanges { get; init; }

    public required string WhatToDoNext { get; init; }

    public required string FollowUp { get; init; }

    public required string Tests { get; init; }

    public required string Referral { get; init; }

    public required string Other { get; init; }

    public required string NothingToDo { get; init; }

    public required string DraftNote { get; init; }

    public required IReadOnlyDictionary<VitalKind, string> Vitals { get; init; }

    /// <summary>The decimal separator readers of this language expect: Hungarian writes 37,2.</summary>
    public required char DecimalSeparator { get; init; }

    public string Number(string value) => value.Replace('.', DecimalSeparator);
}
