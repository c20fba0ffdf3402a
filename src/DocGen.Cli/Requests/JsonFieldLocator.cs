using System.Globalization;
using System.Text.Json;
using Google.Protobuf.Reflection;

namespace DocGen.Cli.Requests;

/// <summary>
/// Finds the field a protobuf JSON document got wrong, which Google.Protobuf's parser does not say
/// ("Invalid numeric value for type: many"): walks the document against the message's descriptor
/// and names the first value its field cannot hold, by its proto path (report.applications.new_received.total).
/// </summary>
public static class JsonFieldLocator
{
    public static (string Path, string Problem)? Locate(string json, MessageDescriptor message)
    {
        try
        {
            using var document = JsonDocument.Parse(json, new JsonDocumentOptions { AllowTrailingCommas = false });
            return InMessage(document.RootElement, message, "");
        }
        catch (JsonException e)
        {
            return ("", $"not JSON: {e.Message}");
        }
    }

    private static (string, string)? InMessage(JsonElement value, MessageDescriptor message, string path)
    {
        if (message.FullName.StartsWith("google.protobuf.", StringComparison.Ordinal)) return null; // well-known types have their own JSON forms
        if (value.ValueKind == JsonValueKind.Null) return null;
        if (value.ValueKind != JsonValueKind.Object) return (Display(path, message.Name), $"{Shown(value)} is not an object");
        foreach (var property in value.EnumerateObject())
        {
            var field = message.Fields.InDeclarationOrder().FirstOrDefault(f => f.JsonName == property.Name || f.Name == property.Name);
            var at = path.Length == 0 ? (field?.Name ?? property.Name) : $"{path}.{field?.Name ?? property.Name}";
            if (field is null) return (at, $"{message.Name} has no field \"{property.Name}\"");
            if (InField(property.Value, field, at) is { } problem) return problem;
        }
        return null;
    }

    private static (string, string)? InField(JsonElement value, FieldDescriptor field, string path)
    {
        if (value.ValueKind == JsonValueKind.Null) return null;
        if (field.IsMap)
        {
            if (value.ValueKind != JsonValueKind.Object) return (path, $"{Shown(value)} is not an object");
            var valueField = field.MessageType.FindFieldByNumber(2);
            foreach (var entry in value.EnumerateObject())
                if (InSingle(entry.Value, valueField, $"{path}[\"{entry.Name}\"]") is { } problem) return problem;
            return null;
        }
        if (field.IsRepeated)
        {
            if (value.ValueKind != JsonValueKind.Array) return (path, $"{Shown(value)} is not a list");
            var i = 0;
            foreach (var item in value.EnumerateArray())
                if (InSingle(item, field, $"{path}[{i++}]") is { } problem) return problem;
            return null;
        }
        return InSingle(value, field, path);
    }

    private static (string, string)? InSingle(JsonElement value, FieldDescriptor field, string path)
    {
        var ok = field.FieldType switch
        {
            FieldType.Message or FieldType.Group => true,
            FieldType.Bool => value.ValueKind is JsonValueKind.True or JsonValueKind.False,
            FieldType.String or FieldType.Bytes => value.ValueKind == JsonValueKind.String,
            FieldType.Enum => value.ValueKind == JsonValueKind.Number
                || (value.ValueKind == JsonValueKind.String && field.EnumType.FindValueByName(value.GetString()!) is not null),
            FieldType.Double or FieldType.Float => value.ValueKind == JsonValueKind.Number
                || (value.ValueKind == JsonValueKind.String && (value.GetString() is "NaN" or "Infinity" or "-Infinity"
                    || double.TryParse(value.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out _))),
            _ => value.ValueKind == JsonValueKind.Number ? value.TryGetDecimal(out var d) && d == decimal.Truncate(d)
                : value.ValueKind == JsonValueKind.String && long.TryParse(value.GetString(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _),
        };
        if (field.FieldType is FieldType.Message or FieldType.Group) return InMessage(value, field.MessageType, path);
        if (ok) return null;
        var expected = field.FieldType switch
        {
            FieldType.Bool => "true or false",
            FieldType.String or FieldType.Bytes => "a string",
            FieldType.Enum => "one of " + string.Join(", ", field.EnumType.Values.Select(v => v.Name)),
            FieldType.Double or FieldType.Float => "a number",
            _ => "a whole number",
        };
        return (path, $"{Shown(value)} is not {expected}");
    }

    private static string Shown(JsonElement value)
    {
        var text = value.GetRawText();
        return text.Length > 40 ? text[..40] + "…" : text;
    }

    private static string Display(string path, string name) => path.Length == 0 ? name : path;
}
