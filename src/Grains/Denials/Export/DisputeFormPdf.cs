using Mesh.Grains.Denials.Appeals;
using Mesh.Grains.Reports;
using PdfSharp.Pdf;

namespace Mesh.Grains.Denials.Export;

/// <summary>
/// The Provider Dispute Resolution request, filled in: the boxes payers' dispute forms ask for (provider, patient,
/// claim, amounts, dispute type, reason), each labelled and filled from the appeal.
/// </summary>
public static class DisputeFormPdf
{
    /// <summary>The filled form of <paramref name="appeal"/> as PDF bytes.</summary>
    public static byte[] Build(AppealVersion appeal)
    {
        var claim = appeal.Facts.Claim;
        var denial = appeal.Facts.Denial;
        using var fonts = new ReportFonts();
        var document = new PdfDocument();
        document.Info.Title = "Provider Dispute Resolution Request";
        var canvas = new ReportCanvas(document);
        AppealPdf.Block(canvas, ["Provider Dispute Resolution Request"], fonts.Title);
        canvas.Advance(fonts.Body.Height);
        Section(canvas, fonts, "Provider", [
            ("Provider name", claim.BillingProvider.Name), ("NPI", claim.BillingProvider.Npi), ("Tax ID", claim.BillingProvider.TaxId ?? string.Empty),
            ("Rendering provider", claim.RenderingProvider?.Name ?? string.Empty)]);
        Section(canvas, fonts, "Patient", [
            ("Patient name", $"{claim.Patient.GivenName} {claim.Patient.FamilyName}"),
            ("Date of birth", claim.Patient.BirthDate is { } birth ? LetterFormat.Date(birth) : string.Empty),
            ("Member ID", claim.Subscriber.MemberId ?? string.Empty)]);
        var disputed = appeal.Kind == AppealKind.Underpayment
            ? appeal.Facts.Contract.Where(term => term.Shortfall > 0).Sum(term => term.Shortfall)
            : denial.Billed - denial.Paid;
        Section(canvas, fonts, "Claim", [
            ("Payer", $"{claim.Payer.Name} ({claim.Payer.Id})"), ("Claim number", claim.ClaimId), ("Payer claim number", denial.PayerClaimId ?? string.Empty),
            ("Date of service", claim.ServiceFrom is { } from ? LetterFormat.Date(from) : string.Empty),
            ("Billed", LetterFormat.Money(denial.Billed)), ("Paid", LetterFormat.Money(denial.Paid)), ("Amount disputed", LetterFormat.Money(disputed)),
            ("Denial codes", string.Join(", ", denial.AllAdjustments.Select(adjustment => $"{adjustment.Group}-{adjustment.Reason}").Distinct()))]);
        Section(canvas, fonts, "Dispute", [
            ("Dispute type", string.Join("   ", Enum.GetValues<AppealKind>().Select(kind => $"[{(kind == appeal.Kind ? "X" : " ")}] {kind}"))),
            ("Source", denial.Source == DenialSource.Remittance ? "Electronic remittance (835)" : "Explanation of benefits"),
            ("Reason", appeal.Letter.Subject)]);
        Section(canvas, fonts, "Sign-off", [
            ("Approved by", appeal.ApprovedBy ?? "not approved (draft)"),
            ("Date", appeal.ApprovedAt is { } approved ? LetterFormat.Date(DateOnly.FromDateTime(approved.UtcDateTime)) : string.Empty)]);
        return canvas.Finish($"Appeal {appeal.AppealId}, version {appeal.Version}", fonts.Small);
    }

    private static void Section(ReportCanvas canvas, ReportFonts fonts, string title, IReadOnlyList<(string Label, string Value)> boxes)
    {
        canvas.EnsureSpace(fonts.Heading.Height * 2);
        AppealPdf.Block(canvas, [title], fonts.Heading);
        canvas.Rule(canvas.Left, canvas.Width);
        canvas.Advance(4);
        const double LabelWidth = 140;
        foreach (var (label, value) in boxes)
        {
            var lines = TextWrapper.Wrap(value, canvas.Width - LabelWidth, fonts.Body);
            canvas.EnsureSpace(fonts.Body.Height * lines.Count);
            canvas.Text($"{label}:", fonts.BodyBold, canvas.Left);
            foreach (var line in lines)
            {
                canvas.Text(line, fonts.Body, canvas.Left + LabelWidth);
                canvas.Advance(fonts.Body.Height);
            }
        }

        canvas.Advance(fonts.Body.Height);
    }
}
