using System.Text.Json;

namespace DocGen.Pdf.Tests.Support;

/// <summary>
/// What qpdf --json reads from a PDF's catalog and structure tree: what an archive validator and a
/// screen reader start from. Indirect references ("12 0 R") are followed.
/// </summary>
internal sealed class PdfStructure
{
    private readonly Dictionary<string, JsonElement> _objects = new(StringComparer.Ordinal);

    public PdfStructure(byte[] pdf)
    {
        using var json = PdfTools.QpdfJson(pdf);
        foreach (var obj in json.RootElement.GetProperty("qpdf")[1].EnumerateObject())
        {
            var key = obj.Name.StartsWith("obj:", StringComparison.Ordinal) ? obj.Name[4..] : obj.Name;
            if (obj.Value.TryGetProperty("value", out var value)) _objects[key] = value.Clone();
            else if (obj.Value.TryGetProperty("stream", out var stream)) _objects[key] = stream.GetProperty("dict").Clone(); // a stream: its dictionary
        }
        Trailer = _objects["trailer"];
        Catalog = Resolve(Trailer.GetProperty("/Root"));
    }

    public JsonElement Trailer { get; }

    public JsonElement Catalog { get; }

    public JsonElement Resolve(JsonElement element) =>
        element.ValueKind == JsonValueKind.String && element.GetString() is { } s && s.EndsWith(" R", StringComparison.Ordinal) && _objects.TryGetValue(s, out var target)
            ? target
            : element;

    public JsonElement? CatalogEntry(string key) => Catalog.TryGetProperty(key, out var v) ? Resolve(v) : null;

    /// <summary>Structure element types in document order (/Document, /H1, /Table, /TR …).</summary>
    public List<string> StructureTypes()
    {
        var types = new List<string>();
        if (CatalogEntry("/StructTreeRoot") is { } root) Walk(root, types, 0);
        return types;
    }

    /// <summary>The structure elements of one type, resolved.</summary>
    public List<JsonElement> Elements(string type)
    {
        var found = new List<JsonElement>();
        void Collect(JsonElement node, int depth)
        {
            node = Resolve(node);
            if (depth > 64 || node.ValueKind != JsonValueKind.Object) return;
            if (node.TryGetProperty("/S", out var s) && s.GetString() == type) found.Add(node);
            if (!node.TryGetProperty("/K", out var kids)) return;
            if (kids.ValueKind == JsonValueKind.Array) foreach (var kid in kids.EnumerateArray()) Collect(kid, depth + 1);
            else Collect(kids, depth + 1);
        }
        if (CatalogEntry("/StructTreeRoot") is { } root) Collect(root, 0);
        return found;
    }

    /// <summary>True when any object in the file has this key (/JavaScript, /Encrypt, /Launch …).</summary>
    public bool AnyObjectHas(string key) => _objects.Values.Any(v => Contains(v, key, 0));

    private static bool Contains(JsonElement value, string key, int depth)
    {
        if (depth > 16) return false;
        return value.ValueKind switch
        {
            JsonValueKind.Object => value.EnumerateObject().Any(p => p.Name == key || (p.Value.ValueKind == JsonValueKind.String && p.Value.GetString() == key) || Contains(p.Value, key, depth + 1)),
            JsonValueKind.Array => value.EnumerateArray().Any(v => (v.ValueKind == JsonValueKind.String && v.GetString() == key) || Contains(v, key, depth + 1)),
            _ => false,
        };
    }

    private void Walk(JsonElement node, List<string> types, int depth)
    {
        node = Resolve(node);
        if (depth > 64 || node.ValueKind != JsonValueKind.Object) return;
        if (node.TryGetProperty("/S", out var s)) types.Add(s.GetString()!);
        if (!node.TryGetProperty("/K", out var kids)) return;
        if (kids.ValueKind == JsonValueKind.Array) foreach (var kid in kids.EnumerateArray()) Walk(kid, types, depth + 1);
        else Walk(kids, types, depth + 1);
    }
}
