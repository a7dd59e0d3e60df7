using Mesh.Grains.Claims;

namespace Mesh.Grains.Denials.Risk;

/// <summary>The dates the rules and the model count from.</summary>
public static class ClaimDates
{
    /// <summary>The first date of service: the claim's, else its earliest line's; null when neither is given.</summary>
    public static DateOnly? FirstService(ClaimRecord claim) =>
        claim.ServiceFrom ?? claim.Lines.Where(line => line.ServiceDate is not null).Min(line => line.ServiceDate);

    /// <summary>Days from the first date of service to the day the claim file was created.</summary>
    public static int? DaysToSubmission(ClaimRecord claim) =>
        FirstService(claim) is { } first ? claim.Submission.CreatedOn.DayNumber - first.DayNumber : null;

    /// <summary>The date of service of <paramref name="line"/>: its own, else the claim's.</summary>
    public static DateOnly? Of(ClaimRecord claim, ClaimLine line) => line.ServiceDate ?? claim.ServiceFrom;
}
