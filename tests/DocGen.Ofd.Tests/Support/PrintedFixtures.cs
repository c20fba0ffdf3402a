using System.Collections.Concurrent;
using DocGen.Pdf;
using DocGen.Pdf.Tests.Support;
using DocGen.Rendering;

namespace DocGen.Ofd.Tests.Support;

/// <summary>Every fixture's PDF and OFD, drawn from one layout (as Render does when both are asked for), made once per test run.</summary>
internal static class PrintedFixtures
{
    private static readonly ConcurrentDictionary<string, Lazy<PrintedReport>> Made = new();

    public static TheoryData<string> Names => Fixtures.Names;

    public static PrintedReport Of(string fixture) =>
        Made.GetOrAdd(fixture, f => new Lazy<PrintedReport>(() =>
            new PrintRenderer(PdfReportRenderer.Default).Render(FixtureReports.Outline(f), Fixtures.Site(f), PdfProfile.Standard, withPdf: true, withOfd: true))).Value;

    /// <summary>Written under artifacts/ofd/ in the checkout, for looking at.</summary>
    public static string Artifacts { get; } = Path.Combine(CheckoutPaths.Root, "artifacts", "ofd");
}
