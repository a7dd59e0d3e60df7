using System.Text.Json;
using Microsoft.Extensions.AI;

namespace Mesh.Grains.Tests.AI;

internal static class ChatRequests
{
    public static readonly JsonElement MedicationSchema = JsonDocument.Parse("""
        {
          "type": "object",
          "properties": { "medications": { "type": "array", "items": { "type": "string" } } },
          "required": ["medications"],
          "additionalProperties": false
        }
        """).RootElement.Clone();

    public static ChatMessage[] Messages() =>
    [
        new(ChatRole.System, "Extract the medications the doctor prescribed."),
        new(ChatRole.User, "Doctor: take amoxicillin 500 mg three times a day."),
    ];
}
