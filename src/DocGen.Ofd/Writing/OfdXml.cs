using System.Globalization;
using System.Text;

namespace DocGen.Ofd.Writing;

/// <summary>XML text as OFD files hold it: escaped, and lengths in millimetres with invariant decimals.</summary>
internal static class OfdXml
{
    public const string Namespace = "http://www.ofdspec.org/2016";
    public const string Declaration = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";

    private const double MillimetresPerPoint = 25.4 / 72;

    /// <summary>Points as millimetres, at most three decimals (a micrometre), never "-0".</summary>
    public static string Mm(double points) => Number(points * MillimetresPerPoint);

    public static string Number(double value)
    {
        var rounded = Math.Round(value, 3);
        return rounded == 0 ? "0" : rounded.ToString("0.###", CultureInfo.InvariantCulture);
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
