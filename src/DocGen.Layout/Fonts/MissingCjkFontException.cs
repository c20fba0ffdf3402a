namespace DocGen.Layout.Fonts;

/// <summary>
/// No usable TrueType CJK font was found, so no PDF can be made. The server maps this to
/// FAILED_PRECONDITION: it is the machine that needs fixing, not the request.
/// </summary>
public sealed class MissingCjkFontException : Exception
{
    public const string InstallHint =
        "install a TrueType CJK font: apt-get install fonts-arphic-uming fonts-wqy-zenhei " +
        "(also usable: fonts-arphic-ukai fonts-lxgw-wenkai; for the 公文 faces texlive-lang-chinese fonts-noto-cjk-extra python3-fonttools, " +
        "then script/convert-fonts.py), or put .ttf/.ttc files in a folder named by DOCGEN_FONT_DIR";

    public MissingCjkFontException(IEnumerable<string> folders)
        : base($"No TrueType CJK font (with 中, glyf outlines) in {string.Join(", ", folders)}; {InstallHint}.")
    {
    }
}
