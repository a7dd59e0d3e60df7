using System.Text.Json;
using Mesh.Grains.AI;

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

    public static ChatRequest Simple() => new(
        [
            ChatMessage.System("Extract the medications the doctor prescribed."),
            ChatMessage.User("Doctor: take amoxicillin 500 mg three times a day."),
        ],
        "medications",
        MedicationSchema);
}
