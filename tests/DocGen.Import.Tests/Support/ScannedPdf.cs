using System.Diagnostics;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace DocGen.Import.Tests.Support;

/// <summary>
/// Scans made the way an archive's scans are: a printed PDF's pages rasterised (pdftoppm, grey) and
/// each image wrapped in a PDF page of its own size (PDFsharp), with no text layer.
/// </summary>
internal static class ScannedPdf
{
    /// <summary>The pages of <paramref name="pdf"/> rasterised at <paramref name="dpi"/> and wrapped as a scan.</summary>
    public static byte[] Of(string pdf, int dpi = 300)
    {
        var folder = Directory.CreateTempSubdirectory("docgen-scan-test-");
        try
        {
            Run("pdftoppm", "-r", dpi.ToString(System.Globalization.CultureInfo.InvariantCulture), "-gray", "-png", pdf, Path.Combine(folder.FullName, "page"));
            return Wrap(Directory.GetFiles(folder.FullName, "page*.png").Order(StringComparer.Ordinal).ToArray(), dpi);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    /// <summary>Each image a page, drawn over the whole page: a PDF whose only content is pictures.</summary>
    public static byte[] Wrap(IReadOnlyList<string> images, int dpi)
    {
        using var document = new PdfDocument();
        foreach (var file in images)
        {
            using var image = XImage.FromFile(file);
            var page = document.AddPage();
            page.Width = XUnit.FromPoint(image.PixelWidth * 72.0 / dpi);
            page.Height = XUnit.FromPoint(image.PixelHeight * 72.0 / dpi);
            using var graphics = XGraphics.FromPdfPage(page);
            graphics.DrawImage(image, 0, 0, page.Width.Point, page.Height.Point);
        }
        using var output = new MemoryStream();
        document.Save(output);
        return output.ToArray();
    }

    /// <summary>A page of random grey noise, <paramref name="width"/> × <paramref name="height"/> pixels, as a PNG made by ImageMagick-free means (a PGM converted by pnmtopng is not assumed: PDFsharp reads BMP).</summary>
    public static string NoiseImage(string folder, int width, int height, int seed)
    {
        var random = new Random(seed);
        var rowBytes = (width * 3 + 3) & ~3;
        var pixels = new byte[rowBytes * height];
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                var grey = (byte)(random.Next(2) * 255);
                pixels[y * rowBytes + x * 3] = pixels[y * rowBytes + x * 3 + 1] = pixels[y * rowBytes + x * 3 + 2] = grey;
            }
        }
        var path = Path.Combine(folder, $"noise-{seed}.bmp");
        using var file = File.Create(path);
        using var writer = new BinaryWriter(file);
        writer.Write((byte)'B');
        writer.Write((byte)'M');
        writer.Write(54 + pixels.Length);
        writer.Write(0);
        writer.Write(54);
        writer.Write(40);
        writer.Write(width);
        writer.Write(height);
        writer.Write((short)1);
        writer.Write((short)24);
        writer.Write(0);
        writer.Write(pixels.Length);
        writer.Write(11811); // 300 dpi in pixels per metre
        writer.Write(11811);
        writer.Write(0);
        writer.Write(0);
        writer.Write(pixels);
        return path;
    }

    private static void Run(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardError = true };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var errors = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0) throw new InvalidOperationException($"{program} failed ({process.ExitCode}): {errors}");
    }
}
