namespace DocGen.Core.Sites;

/// <summary>
/// 党政机关网站标识: the badge image a registered government site shows in its footer, linking to
/// its registration record. Both addresses are http(s).
/// </summary>
public sealed record SiteBadge(string ImageUrl, string LinkUrl);
