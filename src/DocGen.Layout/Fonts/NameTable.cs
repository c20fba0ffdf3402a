using System.Buffers.Binary;
using System.Text;

namespace DocGen.Layout.Fonts;

/// <summary>
/// Rewrites a name table with a suffix on the full font name (name id 4). PDFsharp caches font
/// sources by that name as well as by checksum and fails on a second face of the same full name,
/// so a compact cut, drawn beside its full face in one process, must be named apart. Family and
/// subfamily (ids 1 and 2), which our catalog and PDFsharp's /BaseFont use, stay as they are.
/// </summary>
internal static class NameTable
{
    private const int FullName = 4;
    private const int RecordSize = 12; // platformID, encodingID, languageID, nameID, length, offset

    public static byte[] WithFullNameSuffix(ReadOnlySpan<byte> table, string suffix)
    {
        if (table.Length < 6) throw new InvalidDataException($"name is {table.Length} bytes, too short for its header");
        if (U16(table, 0) != 0) throw new InvalidDataException($"name is format {U16(table, 0)}; only format 0 is rewritten");
        var count = U16(table, 2);
        var storage = U16(table, 4);
        if (6 + RecordSize * count > table.Length || storage > table.Length)
            throw new InvalidDataException($"name claims {count} records, past its {table.Length} bytes");

        var strings = new List<byte[]>(count);
        for (var i = 0; i < count; i++)
        {
            var at = 6 + RecordSize * i;
            int platform = U16(table, at), id = U16(table, at + 6), length = U16(table, at + 8), offset = U16(table, at + 10);
            if (storage + offset + length > table.Length) throw new InvalidDataException($"name record {i} lies outside the table");
            var text = table.Slice(storage + offset, length).ToArray();
            if (id == FullName)
                text = [.. text, .. platform == 1 ? Encoding.ASCII.GetBytes(suffix) : Encoding.BigEndianUnicode.GetBytes(suffix)]; // Mac Roman or UTF-16BE
            strings.Add(text);
        }

        var newStorage = 6 + RecordSize * count;
        var output = new byte[newStorage + strings.Sum(s => s.Length)];
        table[..newStorage].CopyTo(output); // format, count and the records; lengths and offsets below
        BinaryPrimitives.WriteUInt16BigEndian(output.AsSpan(4), (ushort)newStorage);
        var next = 0;
        for (var i = 0; i < count; i++)
        {
            var at = 6 + RecordSize * i;
            BinaryPrimitives.WriteUInt16BigEndian(output.AsSpan(at + 8), (ushort)strings[i].Length);
            BinaryPrimitives.WriteUInt16BigEndian(output.AsSpan(at + 10), (ushort)next);
            strings[i].CopyTo(output, newStorage + next);
            next += strings[i].Length;
        }
        if (next > ushort.MaxValue) throw new InvalidDataException("name's strings outgrow the table's 16-bit offsets");
        return output;
    }

    private static ushort U16(ReadOnlySpan<byte> b, int at) => BinaryPrimitives.ReadUInt16BigEndian(b[at..]);
}
