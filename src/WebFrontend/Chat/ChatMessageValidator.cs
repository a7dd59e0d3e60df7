using Mesh.Grains.Agents;
using Mesh.Grains.Claims;
using Mesh.Grains.Patients;
using Mesh.WebFrontend.Validation;

namespace Mesh.WebFrontend.Chat;

/// <summary>Checks a chat message and turns it into the grain's question; errors are keyed by field for a 400.</summary>
public static class ChatMessageValidator
{
    public const int MaxMessageLength = 4000;
    public const int MaxContexts = 10;

    public static (ChatQuestion? Question, Dictionary<string, string[]> Errors) Validate(ChatMessageRequest? request)
    {
        var errors = new Dictionary<string, string[]>();
        if (request is null)
        {
            errors["body"] = ["A JSON body { message, contexts } is required."];
            return (null, errors);
        }

        var message = request.Message?.Trim() ?? string.Empty;
        if (message.Length == 0 && request.File is null && !request.ConfirmImport)
        {
            errors["message"] = ["A message, a file or confirmImport is required."];
        }
        else if (message.Length > MaxMessageLength)
        {
            errors["message"] = [$"A message holds at most {MaxMessageLength} characters."];
        }
        else if (message.Any(c => char.IsControl(c) && c is not ('\n' or '\r' or '\t')))
        {
            errors["message"] = ["A message may not hold control characters."];
        }

        var contexts = new List<ChatContextRef>();
        var given = request.Contexts ?? [];
        if (given.Count > MaxContexts)
        {
            errors["contexts"] = [$"At most {MaxContexts} contexts."];
        }

        for (var i = 0; i < given.Count && i < MaxContexts; i++)
        {
            var type = given[i]?.Type?.Trim().ToUpperInvariant();
            var id = given[i]?.Id?.Trim();
            if (type is null || !ChatContextRef.Types.Contains(type))
            {
                errors[$"contexts[{i}].type"] = [$"One of {string.Join(", ", ChatContextRef.Types)}."];
            }
            else if (!ValidContextId(type, id))
            {
                errors[$"contexts[{i}].id"] = [type is "PATIENT" or "CLAIM" ? "Not a valid id." : "Ids of list items read patientId/n."];
            }
            else
            {
                contexts.Add(new ChatContextRef(type, id!));
            }
        }

        var file = ReadFile(request.File, errors);
        return errors.Count > 0 ? (null, errors) : (new ChatQuestion(message, contexts, file, request.ConfirmImport), errors);
    }

    private static bool ValidContextId(string type, string? id)
    {
        // The same rules as the claims and patient APIs, so whatever they can reach the chat can be pointed at.
        if (type is "PATIENT" or "CLAIM")
        {
            return type == "CLAIM" ? ClaimIds.IsValid(id) : PatientIds.IsValid(id);
        }

        var parts = id?.Split('/') ?? [];
        return parts.Length == 2 && PatientIds.IsValid(parts[0]) && ClinicIds.IsValid(parts[1]);
    }

    private static ChatAttachment? ReadFile(ChatFileBody? file, Dictionary<string, string[]> errors)
    {
        if (file is null)
        {
            return null;
        }

        var name = file.Name?.Trim();
        if (string.IsNullOrEmpty(name) || name.Length > 200 || name.Any(char.IsControl))
        {
            errors["file.name"] = ["A file name of at most 200 printable characters is required."];
            return null;
        }

        var bytes = new byte[((file.Content?.Length ?? 0) * 3 / 4) + 3];
        if (string.IsNullOrEmpty(file.Content) || !Convert.TryFromBase64String(file.Content, bytes, out var length) || length == 0)
        {
            errors["file.content"] = ["The file's content must be non-empty base64."];
            return null;
        }

        return new ChatAttachment(name, file.ContentType, bytes[..length]);
    }
}
