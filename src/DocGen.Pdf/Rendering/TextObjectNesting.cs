using System.Globalization;
using System.Text;
using PdfSharp.Pdf;
using PdfSharp.Pdf.Advanced;

namespace DocGen.Pdf.Rendering;

/// <summary>
/// ISO 32000-1 14.6: a marked-content sequence and a text object nest properly or not at all.
/// PDFsharp 6.2's structure builder opens a page's first sequence inside a text object and
/// opens or closes others wherever the text object happens to be, so an element's BDC … EMC
/// straddles BT … ET. This rewrites a page's content stream, operation by operation, so that no
/// marked-content operator (BDC, BMC, EMC) lies inside a text object: a text object is opened
/// only when text is positioned or shown, and one that a marked-content operator interrupts is
/// closed before it and opened again after it at the same line matrix (the text state — font,
/// spacing, leading — belongs to the graphics state and survives BT/ET). Everything else is
/// copied byte for byte.
/// </summary>
internal static class TextObjectNesting
{
    /// <summary>Rewrites each of the page's uncompressed content streams.</summary>
    public static void Apply(PdfPage page)
    {
        foreach (var item in page.Contents.Elements)
        {
            if ((item is PdfReference reference ? reference.Value : item) is not PdfContent content || content.Stream is null) continue;
            if (content.Elements.ContainsKey("/Filter")) continue;
            content.Stream.Value = Rewrite(content.Stream.Value);
        }
    }

    public static byte[] Rewrite(ReadOnlySpan<byte> content)
    {
        var output = new List<byte>(content.Length + content.Length / 16);
        var operands = new List<Range>(8);
        var state = new TextState();
        var at = 0;
        while (true)
        {
            var start = SkipWhitespaceAndComments(content, at);
            if (start >= content.Length) break;
            var operationStart = start;
            operands.Clear();
            string? op = null;
            var position = start;
            while (position < content.Length)
            {
                position = SkipWhitespaceAndComments(content, position);
                if (position >= content.Length) break;
                var end = TokenEnd(content, position);
                if (IsOperator(content, position, end))
                {
                    op = Encoding.ASCII.GetString(content[position..end]);
                    position = end;
                    break;
                }
                operands.Add(position..end);
                position = end;
            }
            at = position;
            if (op is null)
            {
                if (operands.Count > 0) throw new InvalidDataException("the content stream ends with operands and no operator");
                break;
            }
            if (op is "BI") return content.ToArray(); // inline images are not drawn by the renderer; leave such a stream as it is
            state.Apply(op, content, operands, content[operationStart..position], output);
        }
        if (state.InTextObject) throw new InvalidDataException("the content stream ends inside a text object (BT without ET)");
        return [.. output];
    }

    private sealed class TextState
    {
        private decimal[] _lineMatrix = Identity();
        private decimal _leading;
        private bool _physical; // a BT has been written and not yet closed
        private bool _interrupted; // closed by us: the next BT must restore the line matrix
        private bool _shownSinceMove;

        public bool InTextObject { get; private set; }

        public void Apply(string op, ReadOnlySpan<byte> content, List<Range> operands, ReadOnlySpan<byte> operation, List<byte> output)
        {
            switch (op)
            {
                case "BT":
                    if (InTextObject) throw new InvalidDataException("BT inside a text object");
                    InTextObject = true;
                    _physical = _interrupted = _shownSinceMove = false;
                    _lineMatrix = Identity();
                    return;
                case "ET":
                    if (!InTextObject) throw new InvalidDataException("ET outside a text object");
                    if (_physical) Write(output, "ET"u8);
                    InTextObject = _physical = _interrupted = false;
                    return;
                case "BDC" or "BMC" or "EMC":
                    if (_physical)
                    {
                        Write(output, "ET"u8);
                        _physical = false;
                        _interrupted = true;
                    }
                    Write(output, operation);
                    return;
                case "TL":
                    _leading = Number(content, operands, 0, 1);
                    break;
                case "Td" or "TD" or "Tm" or "T*" or "Tj" or "TJ" or "'" or "\"":
                    if (InTextObject && !_physical) Reopen(op, output);
                    Move(op, content, operands);
                    break;
            }
            Write(output, operation);
        }

        private void Reopen(string op, List<byte> output)
        {
            if (_interrupted && _shownSinceMove && op is "Tj" or "TJ")
                throw new InvalidDataException($"text shown with {op} after a marked-content boundary without being positioned again: its position cannot be restored");
            Write(output, "BT"u8);
            _physical = true;
            if (_interrupted && !IsIdentity(_lineMatrix))
                Write(output, Encoding.ASCII.GetBytes(string.Join(' ', _lineMatrix.Select(Format)) + " Tm"));
            _interrupted = false;
        }

        private void Move(string op, ReadOnlySpan<byte> content, List<Range> operands)
        {
            switch (op)
            {
                case "Td":
                    Translate(Number(content, operands, 0, 2), Number(content, operands, 1, 2));
                    break;
                case "TD":
                    var ty = Number(content, operands, 1, 2);
                    _leading = -ty;
                    Translate(Number(content, operands, 0, 2), ty);
                    break;
                case "Tm":
                    var matrix = new decimal[6];
                    for (var i = 0; i < 6; i++) matrix[i] = Number(content, operands, i, 6);
                    _lineMatrix = matrix;
                    _shownSinceMove = false;
                    break;
                case "T*":
                    Translate(0, -_leading);
                    break;
                case "'" or "\"":
                    Translate(0, -_leading);
                    _shownSinceMove = true;
                    break;
                default: // Tj, TJ
                    _shownSinceMove = true;
                    break;
            }
        }

        // Tlm = [1 0 0 1 tx ty] × Tlm (ISO 32000-1 9.4.2)
        private void Translate(decimal tx, decimal ty)
        {
            var m = _lineMatrix;
            m[4] = tx * m[0] + ty * m[2] + m[4];
            m[5] = tx * m[1] + ty * m[3] + m[5];
            _shownSinceMove = false;
        }

        private static decimal[] Identity() => [1, 0, 0, 1, 0, 0];

        private static bool IsIdentity(decimal[] m) => m[0] == 1 && m[1] == 0 && m[2] == 0 && m[3] == 1 && m[4] == 0 && m[5] == 0;

        private static string Format(decimal value) => Math.Round(value, 6).ToString("0.######", CultureInfo.InvariantCulture);

        private static decimal Number(ReadOnlySpan<byte> content, List<Range> operands, int index, int count)
        {
            if (operands.Count != count) throw new InvalidDataException($"a text operator takes {count} operands, found {operands.Count}");
            var token = Encoding.ASCII.GetString(content[operands[index]]);
            return decimal.Parse(token, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
        }

        private static void Write(List<byte> output, ReadOnlySpan<byte> bytes)
        {
            output.AddRange(bytes);
            output.Add((byte)'\n');
        }
    }

    private static bool IsWhitespace(byte b) => b is 0 or 9 or 10 or 12 or 13 or 32;

    private static bool IsDelimiter(byte b) => b is (byte)'(' or (byte)')' or (byte)'<' or (byte)'>' or (byte)'[' or (byte)']' or (byte)'{' or (byte)'}' or (byte)'/' or (byte)'%';

    private static int SkipWhitespaceAndComments(ReadOnlySpan<byte> s, int i)
    {
        while (i < s.Length)
        {
            if (IsWhitespace(s[i])) i++;
            else if (s[i] == '%') { while (i < s.Length && s[i] is not (10 or 13)) i++; }
            else break;
        }
        return i;
    }

    // An operator is a bare keyword other than the three that are operands.
    private static bool IsOperator(ReadOnlySpan<byte> s, int start, int end)
    {
        var first = s[start];
        if (IsDelimiter(first) || first is (byte)'+' or (byte)'-' or (byte)'.' or >= (byte)'0' and <= (byte)'9') return false;
        var word = s[start..end];
        return !(word.SequenceEqual("true"u8) || word.SequenceEqual("false"u8) || word.SequenceEqual("null"u8));
    }

    /// <summary>The end of the token at <paramref name="i"/>: a string, hex string, dictionary or array as a whole, or a name, number or keyword.</summary>
    private static int TokenEnd(ReadOnlySpan<byte> s, int i)
    {
        switch (s[i])
        {
            case (byte)'(':
                {
                    var depth = 0;
                    for (; i < s.Length; i++)
                    {
                        if (s[i] == '\\') { i++; continue; }
                        if (s[i] == '(') depth++;
                        else if (s[i] == ')' && --depth == 0) return i + 1;
                    }
                    throw new InvalidDataException("a string in the content stream is not closed");
                }
            case (byte)'<' when i + 1 < s.Length && s[i + 1] == '<':
            case (byte)'[':
                {
                    var open = s[i];
                    var closing = open == '[' ? (byte)']' : (byte)'>';
                    i += open == '[' ? 1 : 2;
                    while (true)
                    {
                        i = SkipWhitespaceAndComments(s, i);
                        if (i >= s.Length) throw new InvalidDataException("a dictionary or array in the content stream is not closed");
                        if (s[i] == closing && (closing == ']' || i + 1 < s.Length && s[i + 1] == '>')) return i + (closing == ']' ? 1 : 2);
                        i = TokenEnd(s, i);
                    }
                }
            case (byte)'<':
                {
                    var close = s[i..].IndexOf((byte)'>');
                    if (close < 0) throw new InvalidDataException("a hex string in the content stream is not closed");
                    return i + close + 1;
                }
            case (byte)')' or (byte)']' or (byte)'>' or (byte)'{' or (byte)'}':
                return i + 1;
            case (byte)'/':
                i++;
                break;
        }
        while (i < s.Length && !IsWhitespace(s[i]) && !IsDelimiter(s[i])) i++;
        return i;
    }
}
