using System.Text;
using Mesh.Grains.Claims.CodeSets;
using Mesh.WebFrontend.Authorization;
using Mesh.WebFrontend.Limits;

namespace Mesh.WebFrontend.CodeSets;

/// <summary>
/// Code sets shared by the cluster: POST /code-sets/{set} loads an ICD-10-CM order file or a CARC/RARC CSV (admin);
/// GET /code-sets/{set} says which release is loaded; GET /codes/{set}?q= searches by code prefix or words.
/// Code sets are public reference data, not patient data: reading them is not audited.
/// </summary>
public static class CodeSetsApi
{
    private const int MaxQueryLength = 100;
    private const int MaxSourceLength = 200;
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static IEndpointRouteBuilder MapCodeSetsApi(this IEndpointRouteBuilder api)
    {
        api.MapPost("/code-sets/{set}", LoadAsync).RequireAuthorization(ClinicPolicies.CodeSetAdmin).WithUploadLimit()
            .WithTags("Code sets").WithName("LoadCodeSet").WithSummary("Load an ICD-10-CM order file or a CARC/RARC CSV");
        api.MapGet("/code-sets/{set}", DescribeAsync).RequireAuthorization(ClinicPolicies.ClinicUser)
            .WithTags("Code sets").WithName("DescribeCodeSet").WithSummary("Which release of a code set is loaded");
        api.MapGet("/codes/{set}", SearchAsync).RequireAuthorization(ClinicPolicies.ClinicUser)
            .WithTags("Code sets").WithName("SearchCodes").WithSummary("Search a code set by code prefix or words");
        return api;
    }

    public static async Task<IResult> LoadAsync(string set, string? source, HttpRequest request, IGrainFactory grains, TimeProvider time, CancellationToken ct)
    {
        if (!CodeSetNames.IsKnown(set))
        {
            return UnknownSet(set);
        }

        if (source is { Length: > MaxSourceLength } || (source?.Any(char.IsControl) ?? false))
        {
            return Invalid("source", $"The source label is at most {MaxSourceLength} printable characters.");
        }

        var text = await ReadFileAsync(request, ct).ConfigureAwait(false);
        if (text is null)
        {
            return Invalid("file", "The body must be the code set file as UTF-8 text (raw, or one multipart file).");
        }

        var label = string.IsNullOrWhiteSpace(source) ? $"uploaded {time.GetUtcNow():yyyy-MM-dd}" : source.Trim();
        var result = await grains.GetGrain<ICodeSetGrain>(set).LoadAsync(text, label).ConfigureAwait(false);
        return result.Loaded
            ? TypedResults.Ok(CodeSetResponse.From(result.Summary))
            : TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "The code set file was not loaded",
                detail: $"{result.Errors.Count} bad line(s); the set is unchanged.",
                extensions: new Dictionary<string, object?> { ["errors"] = result.Errors });
    }

    public static async Task<IResult> DescribeAsync(string set, IGrainFactory grains) =>
        CodeSetNames.IsKnown(set)
            ? TypedResults.Ok(CodeSetResponse.From(await grains.GetGrain<ICodeSetGrain>(set).DescribeAsync().ConfigureAwait(false)))
            : UnknownSet(set);

    public static async Task<IResult> SearchAsync(string set, string? q, int? limit, IGrainFactory grains)
    {
        if (!CodeSetNames.IsKnown(set))
        {
            return UnknownSet(set);
        }

        if (string.IsNullOrWhiteSpace(q) || q.Length > MaxQueryLength)
        {
            return Invalid("q", $"Give q: a code prefix or words, at most {MaxQueryLength} characters.");
        }

        if (limit is < 1 or > 200)
        {
            return Invalid("limit", "limit is 1 to 200.");
        }

        var grain = grains.GetGrain<ICodeSetGrain>(set);
        var matches = await grain.SearchAsync(q, limit ?? 20).ConfigureAwait(false);
        var summary = await grain.DescribeAsync().ConfigureAwait(false);
        return TypedResults.Ok(new CodeSearchResponse(set, summary.Source, [.. matches.Select(m => new CodeResponse(m.Code, m.Billable, m.Description))]));
    }

    private static async Task<string?> ReadFileAsync(HttpRequest request, CancellationToken ct)
    {
        byte[] bytes;
        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync(ct).ConfigureAwait(false);
            if (form.Files.Count != 1)
            {
                return null;
            }

            using var buffer = new MemoryStream();
            await form.Files[0].CopyToAsync(buffer, ct).ConfigureAwait(false);
            bytes = buffer.ToArray();
        }
        else
        {
            using var buffer = new MemoryStream();
            await request.Body.CopyToAsync(buffer, ct).ConfigureAwait(false);
            bytes = buffer.ToArray();
        }

        try
        {
            var text = StrictUtf8.GetString(bytes);
            return text.Length == 0 || text.Contains('\0', StringComparison.Ordinal) ? null : text.TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }

    private static IResult UnknownSet(string set) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found",
            detail: $"No code set '{(set.Length > 20 ? set[..20] : set)}'; the sets are {string.Join(", ", CodeSetNames.All)}.");

    private static IResult Invalid(string field, string message) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] });
}
