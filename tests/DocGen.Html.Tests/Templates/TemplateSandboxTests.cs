using DocGen.Html.Templates;
using static DocGen.Html.Tests.Templates.TemplateSetBuilder;

namespace DocGen.Html.Tests.Templates;

/// <summary>
/// Hostile templates, one per limit: each is stopped with an error naming the template, never a
/// hang, an exhausted heap or a silently truncated page.
/// </summary>
public class TemplateSandboxTests
{
    private static TemplateRenderException Refused(string template, object? model = null) =>
        Assert.Throws<TemplateRenderException>(() => Compile(template).Render(model ?? Section("")));

    [Theory]
    [InlineData("{{ while true }}{{ end }}")]
    [InlineData("{{ for i in 1..1000000000 }}{{ end }}")]
    [InlineData("{{ for i in 1..1000 }}{{ for j in 1..1000 }}{{ end }}{{ end }}")]
    [InlineData("{{ (1..1000000000) | array.size }}")]
    public void Render_EndlessOrHugeLoop_PassesTheLoopLimit(string template)
    {
        var error = Refused(template);

        Assert.Contains("loop", error.Reason, StringComparison.OrdinalIgnoreCase);
        Assert.Equal("/t/page.sbn-html", error.FilePath);
    }

    [Fact]
    public void Render_LoopOverFiveThousandSectionsWithAFewInnerSteps_IsWithinTheLoopLimit()
    {
        var output = Compile("{{ n = 0 }}{{ for i in 1..5000 }}{{ for j in 1..3 }}{{ n = n + 1 }}{{ end }}{{ end }}{{ n }}").Render(Section(""));

        Assert.Equal("15000", output);
    }

    [Fact]
    public void Render_EndlessRecursion_PassesTheRecursiveLimit()
    {
        var error = Refused("{{ func f; ret f; end }}{{ f }}");

        Assert.Contains("recursive", error.Reason, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Render_PartialIncludingItself_PassesTheRecursiveLimit()
    {
        var templates = Compile("{{ include \"self\" }}", ("self", "x{{ include \"self\" }}"));

        var error = Assert.Throws<TemplateRenderException>(() => templates.Render(Section("")));

        Assert.Contains("recursive", error.Reason, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("{{ x = \"0123456789\" }}{{ for i in 1..40 }}{{ x = x + x }}{{ end }}{{ x }}")]
    [InlineData("{{ (1..90000) | array.join \"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\" }}")]
    [InlineData("{{ \"0123456789\" * 100000000 }}")]
    public void Render_HugeString_PassesTheStringLimit(string template)
    {
        var error = Refused(template);

        Assert.Contains("limit", error.Reason, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Render_HugeOutput_IsRefusedNotTruncated()
    {
        var heading = new string('长', 1000);

        var error = Refused("{{ for i in 1..50000 }}{{ heading }}{{ end }}", Section(heading));

        Assert.Contains("limit", error.Reason, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Render_LargeButLegitimateOutput_IsWhole()
    {
        var heading = new string('长', 1000);

        var output = Compile("{{ for i in 1..5000 }}{{ heading }}{{ end }}").Render(Section(heading));

        Assert.Equal(5_000_000, output.Length);
    }

    [Fact]
    public void Render_Cancelled_StopsWithOperationCanceled()
    {
        using var cancel = new CancellationTokenSource();
        cancel.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() =>
            Compile("{{ for i in 1..10 }}{{ heading }}{{ end }}").Render("page", Section("x"), cancel.Token));
    }

    [Theory]
    [InlineData("{{ date.now }}", "date")]
    [InlineData("{{ math.random 1 10 }}", "random")]
    [InlineData("{{ regex.match \"a\" \"a\" }}", "regex")]
    [InlineData("{{ object.eval_template \"{{ 1 }}\" }}", "object")]
    [InlineData("{{ timespan.from_days 1 }}", "timespan")]
    [InlineData("{{ \"x\" | string.pad_left 1000 }}", "pad_left")]
    [InlineData("{{ include \"../../../etc/passwd\" }}", "no partial")]
    [InlineData("{{ include \"/etc/passwd\" }}", "no partial")]
    public void Render_WhatTheSandboxLeavesOut_IsAnError(string template, string named)
    {
        var error = Refused(template);

        Assert.Contains(named, error.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{{ heading.get_type }}")]
    [InlineData("{{ narrative.value }}")]
    [InlineData("{{ narrative.is_empty }}")]
    public void Render_DotNetMembers_AreNotVisible(string template)
    {
        Assert.Equal("", Compile(template).Render(Section("标题", "<p>x</p>")));
    }

    [Theory]
    [InlineData("{{ string.upcase \"ab\" }}", "AB")]
    [InlineData("{{ [3, 1, 2] | array.sort | array.join \",\" }}", "1,2,3")]
    [InlineData("{{ math.round 2.6 }}", "3")]
    public void Render_PureBuiltins_StayAvailable(string template, string expected)
    {
        Assert.Equal(expected, Compile(template).Render(Section("")));
    }
}
