using System.Text.RegularExpressions;

namespace DocGen.Import.Recognition;

/// <summary>
/// Lines a CMS puts around the report (footer, share and print links, attachments, QR prompts):
/// the report's text ends at the first of them after its last heading.
/// </summary>
public static partial class PageChrome
{
    [GeneratedRegex(@"^(版权所有|主办单位|主办[:：]|承办单位|网站标识码|技术支持|ICP|附件下载|附件[:：]|扫一扫|【?打印|【?关闭|分享到|相关链接|上一篇|下一篇|字号|•|\[打印|联系我们|网站地图)|ICP备|公网安备|网站标识码|京公网|Copyright|©", RegexOptions.IgnoreCase)]
    private static partial Regex ChromeLine();

    public static bool IsChrome(string line) => ChromeLine().IsMatch(line.Trim());
}
