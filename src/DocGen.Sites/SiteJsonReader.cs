using System.Text.Json;
using DocGen.Core.Sites;

namespace DocGen.Sites;

/// <summary>
/// Reads site.json: the contract's <c>Site</c> message in protobuf JSON (lowerCamelCase, or the
/// proto's snake_case names), plus an optional "fonts": {role: family} for the PDF renderer, an optional
/// "badge" (党政机关网站标识) and an optional "printSiteLine": true (the PDF prints the site's name and
/// 网站标识码 on its last page; off by default: the web chrome belongs to the web page).
/// Errors name the file and line.
/// </summary>
internal static class SiteJsonReader
{
    private static readonly Dictionary<string, Func<SiteProfile, string, SiteProfile>> Fields = new(StringComparer.Ordinal)
    {
        ["siteCode"] = (s, v) => s with { SiteCode = v },
        ["name"] = (s, v) => s with { Name = v },
        ["domain"] = (s, v) => s with { Domain = v },
        ["copyright"] = (s, v) => s with { Copyright = v },
        ["sponsor"] = (s, v) => s with { Sponsor = v },
        ["organizer"] = (s, v) => s with { Organizer = v },
        ["technicalSupport"] = (s, v) => s with { TechnicalSupport = v },
        ["phone"] = (s, v) => s with { Phone = v },
        ["address"] = (s, v) => s with { Address = v },
        ["icpRecord"] = (s, v) => s with { IcpRecord = v },
        ["publicSecurityRecord"] = (s, v) => s with { PublicSecurityRecord = v },
        ["columnName"] = (s, v) => s with { ColumnName = v },
        ["templateSet"] = (s, v) => s with { TemplateSet = v },
    };

    /// <exception cref="SiteFileException">The file is not valid JSON or not a valid site.</exception>
    public static SiteProfile Read(string path, string root)
    {
        var json = SiteFileReader.ReadText(path, root);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException e)
        {
            throw new SiteFileException(path, (int)(e.LineNumber ?? 0) + 1, FirstSentence(e.Message), e);
        }
        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object)
                throw new SiteFileException(path, 1, "site.json must be a JSON object");
            var site = new SiteProfile { SiteCode = "" };
            foreach (var property in document.RootElement.EnumerateObject())
            {
                var name = ToCamelCase(property.Name);
                if (name == "fonts")
                {
                    site = site with { Fonts = ReadFonts(path, json, property) };
                    continue;
                }
                if (name == "printSiteLine")
                {
                    if (property.Value.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
                        throw new SiteFileException(path, LineOf(json, property.Name), $"field '{property.Name}' must be true or false");
                    site = site with { PrintSiteLine = property.Value.GetBoolean() };
                    continue;
                }
                if (name == "badge")
                {
                    site = site with { Badge = ReadBadge(path, json, property) };
                    continue;
                }
                if (!Fields.TryGetValue(name, out var set))
                    throw new SiteFileException(path, LineOf(json, property.Name), $"unknown field '{property.Name}'");
                if (property.Value.ValueKind != JsonValueKind.String)
                    throw new SiteFileException(path, LineOf(json, property.Name), $"field '{property.Name}' must be a string");
                site = set(site, property.Value.GetString()!);
            }
            if (string.IsNullOrWhiteSpace(site.SiteCode))
                throw new SiteFileException(path, 1, "siteCode is required");
            return site;
        }
    }

    private static IReadOnlyDictionary<string, string> ReadFonts(string path, string json, JsonProperty fonts)
    {
        if (fonts.Value.ValueKind != JsonValueKind.Object)
            throw new SiteFileException(path, LineOf(json, fonts.Name), "fonts must be an object of role: family");
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var font in fonts.Value.EnumerateObject())
        {
            if (font.Value.ValueKind != JsonValueKind.String)
                throw new SiteFileException(path, LineOf(json, font.Name), $"fonts.{font.Name} must be a string");
            result[font.Name] = font.Value.GetString()!;
        }
        return result;
    }

    /// <summary>"badge": {"imageUrl": …, "linkUrl": …}, both http(s): an href must never carry javascript:.</summary>
    private static SiteBadge ReadBadge(string path, string json, JsonProperty badge)
    {
        if (badge.Value.ValueKind != JsonValueKind.Object)
            throw new SiteFileException(path, LineOf(json, badge.Name), "badge must be an object with imageUrl and linkUrl");
        string Url(string name)
        {
            var value = badge.Value.EnumerateObject().FirstOrDefault(p => ToCamelCase(p.Name) == name).Value;
            var text = value.ValueKind == JsonValueKind.String ? value.GetString()! : "";
            if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
                throw new SiteFileException(path, LineOf(json, badge.Name), $"badge.{name} must be an http or https address");
            return text;
        }
        return new SiteBadge(Url("imageUrl"), Url("linkUrl"));
    }

    /// <summary>"site_code" → "siteCode", as the protobuf JSON parser accepts both.</summary>
    private static string ToCamelCase(string name)
    {
        if (!name.Contains('_')) return name;
        var parts = name.Split('_', StringSplitOptions.RemoveEmptyEntries);
        return parts[0] + string.Concat(parts.Skip(1).Select(p => char.ToUpperInvariant(p[0]) + p[1..]));
    }

    // JsonDocument keeps no positions, so a field's line is found by its quoted name.
    private static int LineOf(string json, string propertyName)
    {
        var index = json.IndexOf('"' + propertyName + '"', StringComparison.Ordinal);
        return index < 0 ? 1 : 1 + json.AsSpan(0, index).Count('\n');
    }

    private static string FirstSentence(string message) => message.Split(" LineNumber:", 2)[0].Trim();
}
