namespace DocGen.Import.Reading.Scans;

/// <summary>
/// A scanned page's table rules, found in its pixels (a binary PGM as <c>pdftoppm -gray</c> writes it)
/// and painted out before OCR: Tesseract reads a ruled table badly (a rule read as 1 or |, a lone
/// figure beside a rule not read at all), and reads it well once the rules are gone. A rule is a run
/// of ink longer than <see cref="MinRunInches"/> (no character's stroke is) in a column or a row; the
/// vertical ones are returned as <see cref="PdfRules.Rule"/>s in points, y upwards, so a scan's cells
/// are placed by the same code as a text PDF's.
/// </summary>
/// <remarks>
/// A rule interrupted by a dropout of up to <see cref="MaxGap"/> pixels stays one rule. A skewed scan
/// is not straightened: a rule leaning more than a pixel per run breaks into pieces shorter than a rule.
/// </remarks>
internal static class RasterRules
{
    /// <summary>Ink is this much darker than the paper: thin rules print light grey (168 on white), not black.</summary>
    private const int InkContrast = 40;
    private const int MaxGap = 2;
    private const double MinRunInches = 1.0 / 3;
    private const double MaxRuleWidthPoints = 2.5;

    public sealed record GreyImage(int Width, int Height, byte[] Pixels);

    /// <summary>An 8-bit binary PGM; an <see cref="ImportException"/> when it is not one or has more than <paramref name="maxPixels"/>.</summary>
    public static GreyImage Load(string path, long maxPixels, string what)
    {
        using var pgm = File.OpenRead(path);
        var fields = new List<string>(4);
        var field = new System.Text.StringBuilder();
        while (fields.Count < 4)
        {
            var b = pgm.ReadByte();
            if (b < 0 || field.Length > 12) throw new ImportException($"{what}: the rasterised page cannot be read (not a PGM)");
            if (b == '#' && field.Length == 0)
            {
                while (b is >= 0 and not '\n') b = pgm.ReadByte();
                continue;
            }
            if (char.IsWhiteSpace((char)b))
            {
                if (field.Length > 0) fields.Add(field.ToString());
                field.Clear();
                continue;
            }
            field.Append((char)b);
        }
        if (fields[0] != "P5" || !int.TryParse(fields[1], out var width) || !int.TryParse(fields[2], out var height) || fields[3] != "255"
            || width <= 0 || height <= 0)
            throw new ImportException($"{what}: the rasterised page cannot be read (not an 8-bit grey PGM)");
        if ((long)width * height > maxPixels)
            throw new ImportException($"{what}: rasterised to {width:N0} × {height:N0} pixels, more than the OCR limit of {maxPixels:N0}");
        var pixels = new byte[width * height];
        pgm.ReadExactly(pixels);
        return new GreyImage(width, height, pixels);
    }

    public static void Save(GreyImage image, string path)
    {
        using var pgm = File.Create(path);
        pgm.Write(System.Text.Encoding.ASCII.GetBytes($"P5\n{image.Width} {image.Height}\n255\n"));
        pgm.Write(image.Pixels);
    }

    /// <summary>Finds the page's rules, paints them the paper's colour; returns the vertical ones in points, and the share of the page that is ink.</summary>
    public static (List<PdfRules.Rule> Vertical, double InkShare) PaintOut(GreyImage image, double dpi, ImportBudget budget)
    {
        var (width, height, pixels) = (image.Width, image.Height, image.Pixels);
        var (ink, inkShare) = InkBelow(image, budget);
        var minRun = (int)(dpi * MinRunInches);
        var vertical = new List<(int X, int Top, int Bottom)>();
        var horizontal = new List<(int Y, int Left, int Right)>();
        var runStart = new int[width];
        var lastInk = new int[width];
        Array.Fill(runStart, -1);
        for (var y = 0; y < height; y++)
        {
            if ((y & 63) == 0) budget.Check();
            var row = y * width;
            int across = -1, lastAcross = 0;
            for (var x = 0; x < width; x++)
            {
                if (pixels[row + x] < ink)
                {
                    if (runStart[x] < 0) runStart[x] = y;
                    lastInk[x] = y;
                    if (across < 0) across = x;
                    lastAcross = x;
                    continue;
                }
                if (runStart[x] >= 0 && y - lastInk[x] > MaxGap) EndVertical(x);
                if (across >= 0 && x - lastAcross > MaxGap) EndHorizontal(y, ref across, lastAcross);
            }
            if (across >= 0) EndHorizontal(y, ref across, lastAcross);
        }
        for (var x = 0; x < width; x++)
        {
            if (runStart[x] >= 0) EndVertical(x);
        }
        var paper = (byte)Math.Min(255, ink + InkContrast);
        foreach (var (x, top, bottom) in vertical)
            for (var y = top; y <= bottom; y++) pixels[y * width + x] = paper;
        foreach (var (y, left, right) in horizontal)
            Array.Fill(pixels, paper, y * width + left, right - left + 1);
        vertical.Sort((a, b) => a.X != b.X ? a.X.CompareTo(b.X) : a.Top.CompareTo(b.Top));
        return (Merge(vertical, height, dpi, budget), inkShare);

        void EndVertical(int x)
        {
            if (lastInk[x] - runStart[x] + 1 >= minRun) Add(vertical, (x, runStart[x], lastInk[x]));
            runStart[x] = -1;
        }

        void EndHorizontal(int y, ref int from, int to)
        {
            if (to - from + 1 >= minRun) Add(horizontal, (y, from, to));
            from = -1;
        }
    }

    private static void Add<T>(List<T> runs, T run)
    {
        runs.Add(run);
        if (runs.Count > ImportLimits.MaxBlocks)
            throw new ImportException($"the scanned page has more than {ImportLimits.MaxBlocks:N0} lines in it; it is not a report's page");
    }

    /// <summary>The grey level below which a pixel is ink (the paper's, the commonest light level, less <see cref="InkContrast"/>), and the share of the page that is ink.</summary>
    private static (int Below, double Share) InkBelow(GreyImage image, ImportBudget budget)
    {
        var counts = new long[256];
        var pixels = image.Pixels;
        for (var i = 0; i < pixels.Length; i++)
        {
            if ((i & 0xFFFFF) == 0) budget.Check();
            counts[pixels[i]]++;
        }
        var paper = 255;
        for (var level = 128; level < 256; level++)
        {
            if (counts[level] > counts[paper]) paper = level;
        }
        var below = paper - InkContrast;
        return (below, (double)counts[..below].Sum() / pixels.Length);
    }

    /// <summary>Runs in neighbouring pixel columns that overlap in height are one rule; one wider than a thin line is a dark area, not a rule.</summary>
    private static List<PdfRules.Rule> Merge(List<(int X, int Top, int Bottom)> segments, int height, double dpi, ImportBudget budget)
    {
        var scale = 72.0 / dpi;
        var open = new List<(int Left, int Right, int Top, int Bottom)>();
        var closed = new List<(int Left, int Right, int Top, int Bottom)>();
        // Segments come column by column, so a group no segment of the previous column touched is finished.
        foreach (var s in segments)
        {
            budget.Check();
            for (var g = open.Count - 1; g >= 0; g--)
            {
                if (open[g].Right >= s.X - 1) continue;
                closed.Add(open[g]);
                open.RemoveAt(g);
            }
            var merged = false;
            for (var g = 0; g < open.Count && !merged; g++)
            {
                var group = open[g];
                if (s.Top > group.Bottom || s.Bottom < group.Top) continue;
                open[g] = (group.Left, s.X, Math.Min(group.Top, s.Top), Math.Max(group.Bottom, s.Bottom));
                merged = true;
            }
            if (!merged) open.Add((s.X, s.X, s.Top, s.Bottom));
        }
        closed.AddRange(open);
        var rules = new List<PdfRules.Rule>();
        foreach (var (left, right, top, bottom) in closed)
        {
            if ((right - left + 1) * scale > MaxRuleWidthPoints) continue;
            rules.Add(new PdfRules.Rule((left + right + 1) / 2.0 * scale, (height - bottom - 1) * scale, (height - top) * scale));
        }
        return rules;
    }
}
