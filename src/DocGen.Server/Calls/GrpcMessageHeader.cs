using System.Text;

namespace DocGen.Server.Calls;

/// <summary>
/// The grpc-message header's percent-encoding as the gRPC HTTP/2 protocol defines it: UTF-8 bytes
/// outside 0x20–0x7E, and '%' itself, as %XX; everything else as it is. Uri.EscapeDataString would
/// also encode ':' or '/', which clients that decode with JavaScript's decodeURI (grpc-js) leave
/// encoded in the message they show.
/// </summary>
internal static class GrpcMessageHeader
{
    public static string Encode(string message)
    {
        var bytes = Encoding.UTF8.GetBytes(message);
        var text = new StringBuilder(bytes.Length);
        foreach (var b in bytes)
        {
            if (b is >= 0x20 and <= 0x7E && b != (byte)'%') text.Append((char)b);
            else text.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
        }
        return text.ToString();
    }
}
