using System.Text;

namespace Mesh.WebFrontend.Fhir;

/// <summary>Reads a FHIR request body up to <see cref="FhirOptions.MaxBodyBytes"/>; a larger one is a 413 OperationOutcome.</summary>
internal static class FhirBody
{
    public static async Task<(byte[]? Body, IResult? Refusal)> ReadAsync(HttpRequest request, long limit, CancellationToken ct)
    {
        if (FhirFormat.IsXml(request.ContentType) is null)
        {
            return (null, FhirFormat.Outcome(request, StatusCodes.Status415UnsupportedMediaType,
                [FhirIssue.Invalid($"This route takes Content-Type: {FhirFormat.Json} or {FhirFormat.Xml}.", "$")]));
        }

        if (request.ContentLength > limit)
        {
            return (null, TooLarge(request, limit));
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, ct).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                return (null, TooLarge(request, limit));
            }

            buffer.Write(chunk, 0, read);
        }

        return (buffer.ToArray(), null);
    }

    public static string Text(byte[] body) => Encoding.UTF8.GetString(body);

    private static IResult TooLarge(HttpRequest request, long limit) =>
        FhirFormat.Outcome(request, StatusCodes.Status413PayloadTooLarge,
        [
            new FhirIssue(StatusCodes.Status413PayloadTooLarge, Hl7.Fhir.Model.OperationOutcome.IssueSeverity.Error,
                Hl7.Fhir.Model.OperationOutcome.IssueType.TooCostly, $"The body is larger than {limit} bytes; send smaller bundles.", "$"),
        ]);
}
