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
    public void PhoneBlock_PinsEachOfTableThreesLabelColumnsWhereTheOneBeforeItEnds()
    {
        const string table = ".docgen-report #table-applications";
        // Each column's width is set once; a pinned column's left edge is the sum of the widths before it.
        Assert.Equal("var(--lead-0)", Css.Value(Phone, $"{table} th.lead-0:not([colspan])", "width"));
        Assert.Equal("var(--lead-1)", Css.Value(Phone, $"{table} th.lead-1:not([colspan])", "width"));
        Assert.Equal("var(--lead-2)", Css.Value(Phone, $"{table} th.lead-2", "width"));
        Assert.Equal("var(--lead-0)", Css.Value(Phone, $"{table} th.lead-1", "left"));
        Assert.Equal("calc(var(--lead-0) + var(--lead-1))", Css.Value(Phone, $"{table} th.lead-2", "left"));
        Assert.Equal("border-box", Css.Value(Phone, $"{table} th.lead", "box-sizing"));
        Assert.Equal("sticky", Css.Value(Phone, ".docgen-report table.wide th.lead", "position"));
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
}
