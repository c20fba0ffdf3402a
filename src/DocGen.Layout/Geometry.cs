namespace DocGen.Layout;

/// <summary>A width and height in points.</summary>
internal readonly record struct Size(double Width, double Height)
{
    public static readonly Size Zero = new(0, 0);
}

/// <summary>A rectangle in points, y growing downwards from the page's top edge.</summary>
internal readonly record struct Box(double X, double Y, double Width, double Height)
{
    public double Right => X + Width;
    public double Bottom => Y + Height;
    public Size Size => new(Width, Height);
}

internal static class Units
{
    public const double PointsPerMillimetre = 72 / 25.4;

    /// <summary>Layout compares heights with this slack so rounding never drops the last line of a page.</summary>
    public const double Epsilon = 0.01;

    public static double Mm(double millimetres) => millimetres * PointsPerMillimetre;
}
