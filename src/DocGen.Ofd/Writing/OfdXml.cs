using System.Globalization;
using System.Text;

namespace DocGen.Ofd.Writing;

/// <summary>XML text as OFD files hold it: escaped, and lengths in millimetres with invariant decimals.</summary>
internal static class OfdXml
{
    public const string Namespace = "http://www.ofdspec.org/2016";
    public const string Declaration = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";

    private const double MillimetresPerPoint = 25.4 / 72;

    /// <summary>Points as millimetres, at most three decimals (a micrometre).</summary>
    public static string Mm(double points) => new StringBuilder(12).AppendMm(points).ToString();

    /// <summary>Points as whole micrometres, the precision every length is written with.</summary>
    public static long Micrometres(double points) => (long)Math.Round(points * MillimetresPerPoint * 1000, MidpointRounding.AwayFromZero);

    /// <summary>Appends <paramref name="points"/> in millimetres as <see cref="Mm"/> writes it, without a string per number.</summary>
    public static StringBuilder AppendMm(this StringBuilder builder, double points) => builder.AppendMicrometres(Micrometres(points));

    public static StringBuilder AppendMicrometres(this StringBuilder builder, long micrometres)
    {
        if (micrometres < 0) { builder.Append('-'); micrometres = -micrometres; }
        builder.Append(micrometres / 1000);
        var fraction = (int)(micrometres % 1000);
        if (fraction == 0) return builder;
        builder.Append('.');
        if (fraction < 100) builder.Append('0');
        if (fraction < 10) builder.Append('0');
        while (fraction % 10 == 0) fraction /= 10;
        return builder.Append(fraction);
    }

    /// <summary>Appends <paramref name="text"/> escaped for element content and attribute values; characters XML 1.0 cannot hold become U+FFFD.</summary>
    public static StringBuilder Escaped(this StringBuilder builder, string text)
    {
        foreach (var ch in text)
        {
            switch (ch)
            {
                case '&': builder.Append("&amp;"); break;
                case '<': builder.Append("&lt;"); break;
                case '>': builder.Append("&gt;"); break;
                case '"': builder.Append("&quot;"); break;
                case '\t' or '\n' or '\r': builder.Append("&#").Append((int)ch).Append(';'); break;
                case < ' ' or '\uFFFE' or '\uFFFF': builder.Append('\uFFFD'); break;
                default: builder.Append(ch); break;
            }
        }
        return builder;
    }
}
