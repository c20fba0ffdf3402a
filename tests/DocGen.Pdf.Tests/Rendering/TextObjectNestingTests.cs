using System.Text;
using DocGen.Pdf.Rendering;

namespace DocGen.Pdf.Tests.Rendering;

public class TextObjectNestingTests
{
    private static string Rewrite(string content) => Encoding.ASCII.GetString(TextObjectNesting.Rewrite(Encoding.ASCII.GetBytes(content))).Trim();

    [Fact]
    public void Rewrite_MarkedContentOpenedInsideTextObjectBeforeAnyText_OpenedBeforeIt()
    {
        // PDFsharp's structure builder: BT for the page's first MCID, then the renderer's own ET q BT.
        var result = Rewrite("q\nBT\n/H1<</MCID 0>>BDC\nET\nq\nBT\n/F0 22 Tf\n153.0896 710.6479 Td\n<0102> Tj\nEMC\nET\nQ\nQ");

        Assert.Equal("q\n/H1<</MCID 0>>BDC\nq\n/F0 22 Tf\nBT\n153.0896 710.6479 Td\n<0102> Tj\nET\nEMC\nQ\nQ", result.Replace("\r", ""));
    }

    [Fact]
    public void Rewrite_MarkedContentBoundaryInsideTextObject_TextObjectSplitAndLineMatrixRestored()
    {
        var result = Rewrite("BT\n/P<</MCID 0>>BDC\n100 700 Td\n<01> Tj\n15.5 -36 Td\n<02> Tj\nEMC\n/P<</MCID 1>>BDC\n-20 -28 Td\n<03> Tj\nEMC\nET");

        Assert.Equal(
            "/P<</MCID 0>>BDC\nBT\n100 700 Td\n<01> Tj\n15.5 -36 Td\n<02> Tj\nET\nEMC\n/P<</MCID 1>>BDC\nBT\n1 0 0 1 115.5 664 Tm\n-20 -28 Td\n<03> Tj\nET\nEMC",
            result);
    }

    [Fact]
    public void Rewrite_ArtifactOpenedInTextClosedAfterIt_WholeArtifactOutsideText()
    {
        var result = Rewrite("BT\n/P<</MCID 0>>BDC\n10 10 Td\n<01> Tj\nEMC\n/Artifact BMC\nET\n0.5 w\n1 1 m\n2 2 l\nS\nEMC\nBT\n/TD<</MCID 1>>BDC\n5 5 Td\n(a\\)b) Tj\nEMC\nET");

        Assert.Equal("/P<</MCID 0>>BDC\nBT\n10 10 Td\n<01> Tj\nET\nEMC\n/Artifact BMC\n0.5 w\n1 1 m\n2 2 l\nS\nEMC\n/TD<</MCID 1>>BDC\nBT\n5 5 Td\n(a\\)b) Tj\nET\nEMC", result);
    }

    [Fact]
    public void Rewrite_ScaledLineMatrixAndLeading_Restored()
    {
        var result = Rewrite("BT\n2 0 0 2 10 20 Tm\n14 TL\nT*\n(x) Tj\nEMC\n3 0 Td\n(y) Tj\nET");

        Assert.Contains("BT\n2 0 0 2 10 -8 Tm\n3 0 Td", result);
    }

    [Fact]
    public void Rewrite_TextShownAfterABoundaryWithoutPositioning_Refused()
    {
        // After Tj the text matrix has moved by the glyphs' widths, which a content stream does not say.
        var error = Assert.Throws<InvalidDataException>(() => Rewrite("BT\n10 10 Td\n(x) Tj\nEMC\n(y) Tj\nET"));

        Assert.Contains("cannot be restored", error.Message);
    }

    [Theory]
    [InlineData("BT\n(x) Tj")] // no ET
    [InlineData("ET")]
    [InlineData("(unclosed Tj")]
    public void Rewrite_MalformedStream_Refused(string content) =>
        Assert.Throws<InvalidDataException>(() => Rewrite(content));
}
