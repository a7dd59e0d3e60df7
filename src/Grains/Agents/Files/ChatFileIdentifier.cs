using System.Text;
using System.Text.Json;
using Mesh.Grains.Audio;

namespace Mesh.Grains.Agents.Files;

/// <summary>
/// Tells what an attached file is from its content, never from its name or claimed type: an X12 interchange (ISA) whose
/// transaction set is 837 or 835, a JSON document with a FHIR resourceType, a PDF, or an image.
/// </summary>
public static class ChatFileIdentifier
{
    /// <summary>The kind of <paramref name="content"/>.</summary>
    public static ChatFileKind Identify(ReadOnlySpan<byte> content)
    {
        var start = SkipWhitespace(content);
        var head = content[start..];
        if (head.StartsWith("%PDF-"u8))
        {
            return ChatFileKind.Pdf;
        }

        if (ImageFormatSniffer.Detect(head) != ImageFormat.Unknown)
        {
            return ChatFileKind.Image;
        }

        if (head.StartsWith("ISA"u8) && head.Length > 106)
        {
            return X12Kind(Encoding.ASCII.GetString(head[..Math.Min(head.Length, 4096)]));
        }

        return head.StartsWith("{"u8) && IsFhir(head) ? ChatFileKind.FhirJson : ChatFileKind.Unknown;
    }

    /// <summary>How the kind is named to a user.</summary>
    public static string Describe(ChatFileKind kind) => kind switch
    {
        ChatFileKind.X12Claim837 => "an X12 837 claim file",
        ChatFileKind.X12Remittance835 => "an X12 835 remittance file",
        ChatFileKind.FhirJson => "FHIR R4 JSON",
        ChatFileKind.Pdf => "a PDF document",
        ChatFileKind.Image => "an image",
        _ => "a file Mesh does not recognise",
    };

    private static ChatFileKind X12Kind(string text)
    {
        // ISA is fixed width: the element separator is its fourth character, the segment terminator follows ISA16.
        var element = text[3];
        var terminator = text[105];
        foreach (var segment in text.Split(terminator))
        {
            var fields = segment.Trim().Split(element);
            if (fields.Length > 1 && fields[0] == "ST")
            {
                return fields[1] switch
                {
                    "837" => ChatFileKind.X12Claim837,
                    "835" => ChatFileKind.X12Remittance835,
                    _ => ChatFileKind.Unknown,
                };
            }
        }

        return ChatFileKind.Unknown;
    }

    private static bool IsFhir(ReadOnlySpan<byte> json)
    {
        try
        {
            var reader = new Utf8JsonReader(json, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip });
            using var document = JsonDocument.ParseValue(ref reader);
            return document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty("resourceType", out var type)
                && type.ValueKind == JsonValueKind.String;
        }
        catch (JsonException)
        {
            // Not JSON at all, so not FHIR JSON.
            return false;
        }
    }

    private static int SkipWhitespace(ReadOnlySpan<byte> content)
    {
        var i = 0;
        while (i < content.Length && content[i] is (byte)' ' or (byte)'\r' or (byte)'\n' or (byte)'\t' or 0xEF or 0xBB or 0xBF)
        {
            i++;
        }

        return i;
    }
}
