using DocGen.Html.Tests.Support;

namespace DocGen.Html.Tests.Rendering;

/// <summary>
/// The rules of templates/default/report.css that the phone and desktop pages depend on (found by
/// looking at every fixture in headless Chromium at 390 and 1280 px).
/// </summary>
public class ReportCssTests
{
    private const string Phone = "(max-width: 640px)";
    private static readonly CssRules Css = CssRules.Parse(File.ReadAllText(Path.Combine(CheckoutPaths.Templates, "default", "report.css")));

    [Fact]
    public void PhoneBlock_RepeatsNoDesktopRule()
    {
        var desktop = Css.In("").ToLookup(r => r.Selector);

        var repeated = Css.In(Phone).Where(phone => desktop[phone.Selector].Any(d =>
            phone.Declarations.All(p => d.Declarations.TryGetValue(p.Key, out var value) && value == p.Value)));

        Assert.Empty(repeated.Select(r => r.Selector));
    }

    [Fact]
    public void PhoneBlock_NeverKeepsTableLabelsWhole()
    {
        Assert.DoesNotContain(Css.In(Phone), r => r.Declarations.GetValueOrDefault("word-break") == "keep-all");
        Assert.Equal("normal", Css.Value(Phone, ".docgen-report #table-applications th.col", "word-break"));
    }

    [Fact]
    public void PhoneBlock_GivesTableThreesRowLabelsRoomForTwoLines()
    {
        // The longest leaf label, 2.其他法律行政法规禁止公开 (14 characters), takes two lines at 8.5em.
        var leaf = Css.Value(Phone, ".docgen-report #table-applications th[scope=\"row\"]:not([colspan])", "min-width");
        var group = Css.Value(Phone, ".docgen-report #table-applications th[scope=\"rowgroup\"]", "min-width");

        Assert.True(Em(leaf) >= 7, $"leaf row labels min-width {leaf}");
        Assert.True(Em(group) >= 4, $"group row labels min-width {group}");
        Assert.Equal("620px", Css.Value(Phone, ".docgen-report table.wide", "min-width"));
    }

    [Theory]
    [InlineData(".docgen-report .docgen-title")]
    [InlineData(".docgen-report th")]
    public void TitleAndTableLabels_AreBalancedSoNoLineHoldsOneCharacter(string selector)
    {
        Assert.Equal("balance", Css.Value("", selector, "text-wrap"));
    }

    [Fact]
    public void Paragraphs_AreJustifiedAndLongRunsMayBreakAnywhere()
    {
        Assert.Equal("justify", Css.Value("", ".docgen-report p", "text-align"));
        Assert.Equal("pretty", Css.Value("", ".docgen-report p", "text-wrap"));
        Assert.Equal("break-all", Css.Value("", ".docgen-report .docgen-run", "word-break"));
    }

    [Fact]
    public void PageCss_SiteNameInTheHeader_IsBalanced()
    {
        // 示例区人民政府（张店示例站/点） at 390 px, before.
        var page = CssRules.Parse(File.ReadAllText(Path.Combine(CheckoutPaths.Templates, "default", "page.css")));

        Assert.Equal("balance", page.Value("", ".site-header", "text-wrap"));
    }

    [Fact]
    public void PrintBlock_LetsWideTablesFitThePaper()
    {
        Assert.Equal("normal", Css.Value("print", ".docgen-report #table-applications th.col", "word-break"));
        Assert.Equal("table-header-group", Css.Value("print", ".docgen-report thead", "display"));
    }

    private static double Em(string? value) =>
        value is not null && value.EndsWith("em", StringComparison.Ordinal) ? double.Parse(value[..^2], System.Globalization.CultureInfo.InvariantCulture) : 0;
}
