using System.Security.Cryptography;
using Mesh.Grains.Claims;
using Mesh.Grains.Denials;
using Mesh.WebFrontend.Audit;
using Mesh.WebFrontend.Claims;

namespace Mesh.WebFrontend.Denials;

/// <summary>The handlers of one denial's appeals: draft, read, revise, approve, export.</summary>
public static class AppealApi
{
    public static async Task<IResult> DraftAsync(string id, AppealBody? body, [AsParameters] DenialServices services, CancellationToken ct)
    {
        body ??= new AppealBody(null, null, null, null);
        if (body.Validate() is { Count: > 0 } errors)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var appealId = $"A{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8))}";
        try
        {
            var appeal = ClaimIds.IsValid(id) ? await services.Clinic.DraftAppealAsync(id, appealId, body.ToOrder(services.User.UserId)).ConfigureAwait(false) : null;
            await services.Audit.RecordAsync(AuditActions.Create, DenialServices.AppealResource, appeal is null ? id : $"{appealId}/v1", appeal is null ? AuditOutcome.Failed : AuditOutcome.Success, ct)
                .ConfigureAwait(false);
            return appeal is null
                ? DenialProblems.NotFound(body.Eob is null ? "Denial" : "Claim")
                : TypedResults.Created($"/api/v1/denials/{Uri.EscapeDataString(id)}/appeals/{appealId}", appeal);
        }
        catch (Exception error) when (DenialProblems.From(error) is { } problem)
        {
            await services.Audit.RecordAsync(AuditActions.Create, DenialServices.AppealResource, id, AuditOutcome.Failed, ct).ConfigureAwait(false);
            return problem;
        }
    }

    public static async Task<IResult> GetAsync(string id, string appealId, int? version, [AsParameters] DenialServices services, CancellationToken ct)
    {
        var appeal = await services.AppealOfAsync(id, appealId).ConfigureAwait(false) is not null && services.Appeal(appealId) is { } grain
            ? await grain.GetAsync(version).ConfigureAwait(false)
            : null;
        await services.Audit.RecordAsync(AuditActions.Read, DenialServices.AppealResource, $"{appealId}/v{appeal?.Version}", appeal is null ? AuditOutcome.Failed : AuditOutcome.Success, ct)
            .ConfigureAwait(false);
        return appeal is null ? DenialProblems.NotFound("Appeal") : TypedResults.Ok(appeal);
    }

    public static async Task<IResult> ReviseAsync(string id, string appealId, LetterBody body, [AsParameters] DenialServices services, CancellationToken ct)
    {
        if (body.Validate() is { Count: > 0 } errors)
        {
            return TypedResults.ValidationProblem(errors);
        }

        if (await services.AppealOfAsync(id, appealId).ConfigureAwait(false) is null)
        {
            await services.Audit.RecordAsync(AuditActions.Update, DenialServices.AppealResource, appealId, AuditOutcome.Failed, ct).ConfigureAwait(false);
            return DenialProblems.NotFound("Appeal");
        }

        var revised = await services.Appeal(appealId)!.ReviseAsync(new AppealLetter(body.Subject!, body.Paragraphs!, string.Empty), services.User.UserId).ConfigureAwait(false);
        await services.Audit.RecordAsync(AuditActions.Update, DenialServices.AppealResource, $"{appealId}/v{revised.Version}", AuditOutcome.Success, ct).ConfigureAwait(false);
        return TypedResults.Ok(revised);
    }

    public static async Task<IResult> ApproveAsync(string id, string appealId, int? version, [AsParameters] DenialServices services, CancellationToken ct)
    {
        if (await services.AppealOfAsync(id, appealId).ConfigureAwait(false) is not { } latest)
        {
            await services.Audit.RecordAsync(AuditActions.Finalize, DenialServices.AppealResource, appealId, AuditOutcome.Failed, ct).ConfigureAwait(false);
            return DenialProblems.NotFound("Appeal");
        }

        try
        {
            var approved = await services.Appeal(appealId)!.ApproveAsync(version ?? latest.Version, services.User.UserId).ConfigureAwait(false);
            await services.Audit.RecordAsync(AuditActions.Finalize, DenialServices.AppealResource, $"{appealId}/v{approved.Version}", AuditOutcome.Success, ct).ConfigureAwait(false);
            return TypedResults.Ok(approved);
        }
        catch (InvalidOperationException conflict)
        {
            await services.Audit.RecordAsync(AuditActions.Finalize, DenialServices.AppealResource, appealId, AuditOutcome.Failed, ct).ConfigureAwait(false);
            return DenialProblems.From(conflict)!;
        }
    }

    public static async Task<IResult> ExportAsync(string id, string appealId, string? format, int? version, [AsParameters] DenialServices services, CancellationToken ct)
    {
        if (!Enum.TryParse<AppealExportFormat>(format ?? "pdf", ignoreCase: true, out var chosen) || !Enum.IsDefined(chosen) || int.TryParse(format, out _))
        {
            return DenialProblems.Invalid("format", "One of docx, pdf or zip.");
        }

        var file = await services.AppealOfAsync(id, appealId).ConfigureAwait(false) is not null
            ? await services.Appeal(appealId)!.ExportAsync(version, chosen).ConfigureAwait(false)
            : null;
        // Who exported which version, and when (the audit record's time): a letter that leaves the clinic is traceable.
        await services.Audit.RecordAsync(
                AuditActions.Read, DenialServices.AppealResource, $"{appealId}/v{file?.Version}/export.{chosen.ToString().ToLowerInvariant()}", file is null ? AuditOutcome.Failed : AuditOutcome.Success, ct)
            .ConfigureAwait(false);
        return file is null
            ? DenialProblems.NotFound("Appeal")
            : TypedResults.Stream(new MemoryStream(file.Content, writable: false), file.ContentType, file.FileName);
    }
}
