using DocGen.Layout.Fonts;

namespace DocGen.Pdf.Tests.Fonts;

public class TrueTypeCollectionTests
{
    // A two-face collection, one table per face.
    private static readonly byte[] Collection =
    [
        0x74, 0x74, 0x63, 0x66, // 'ttcf'
        0x00, 0x01, 0x00, 0x00, // version 1.0
        0x00, 0x00, 0x00, 0x02, // two faces
        0x00, 0x00, 0x00, 0x14, // face 0 at 20
        0x00, 0x00, 0x00, 0x30, // face 1 at 48
        // face 0 offset table (20)
        0x00, 0x01, 0x00, 0x00, // sfnt version 1.0
        0x00, 0x01, 0x00, 0x10, 0x00, 0x00, 0x00, 0x00, // numTables 1, searchRange 16, entrySelector 0, rangeShift 0
        0x61, 0x62, 0x63, 0x64, // tag 'abcd'
        0x11, 0x11, 0x11, 0x11, // checksum
        0x00, 0x00, 0x00, 0x4C, // offset 76
        0x00, 0x00, 0x00, 0x03, // length 3
        // face 1 offset table (48)
        0x00, 0x01, 0x00, 0x00,
        0x00, 0x01, 0x00, 0x10, 0x00, 0x00, 0x00, 0x00,
        0x77, 0x78, 0x79, 0x7A, // tag 'wxyz'
        0x22, 0x22, 0x22, 0x22, // checksum
        0x00, 0x00, 0x00, 0x50, // offset 80
        0x00, 0x00, 0x00, 0x04, // length 4
        // table data
        0x01, 0x02, 0x03, 0x00, // 'abcd' (76), padded
        0x04, 0x05, 0x06, 0x07, // 'wxyz' (80)
    ];

    [Fact]
    public void ExtractFace_SecondFace_RebuildsDirectoryWithNewOffsets()
    {
        var face = TrueTypeCollection.ExtractFace(Collection, 1);

        byte[] expected =
        [
            0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x00, 0x10, 0x00, 0x00, 0x00, 0x00, // offset table as in the collection
            0x77, 0x78, 0x79, 0x7A, 0x22, 0x22, 0x22, 0x22, // tag and checksum unchanged
            0x00, 0x00, 0x00, 0x1C, // offset now 28: right after the directory
            0x00, 0x00, 0x00, 0x04, // length unchanged
            0x04, 0x05, 0x06, 0x07, // the table's bytes
        ];
        Assert.Equal(expected, face);
    }

    [Fact]
    public void ExtractFace_OddLengthTable_PadsToFourBytes()
    {
        var face = TrueTypeCollection.ExtractFace(Collection, 0);

        Assert.Equal(28 + 4, face.Length);
        Assert.Equal(new byte[] { 0x01, 0x02, 0x03, 0x00 }, face[28..]);
    }

    [Fact]
    public void FaceCount_CollectionAndPlainFont_CountsFaces()
    {
        Assert.Equal(2, TrueTypeCollection.FaceCount(Collection));
        Assert.Equal(1, TrueTypeCollection.FaceCount(Collection.AsSpan(20)));
    }

    [Fact]
    public void ExtractFace_IndexOutsideCollection_NamesTheArgument()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => TrueTypeCollection.ExtractFace(Collection, 2));

        Assert.Equal("faceIndex", error.ParamName);
    }

    /// <summary>The 80-byte file of the attack run: a collection header claiming 2^31 faces.</summary>
    internal static byte[] HeaderClaimingTwoBillionFaces()
    {
        var data = new byte[80];
        byte[] header =
        [
            0x74, 0x74, 0x63, 0x66, // 'ttcf'
            0x00, 0x01, 0x00, 0x00, // version 1.0
            0x80, 0x00, 0x00, 0x00, // 2^31 faces
        ];
        header.CopyTo(data, 0);
        return data;
    }

    [Fact]
    public void FaceCount_HeaderClaimsMoreFacesThanTheFileHolds_InvalidDataNamingBoth()
    {
        var error = Assert.Throws<InvalidDataException>(() => TrueTypeCollection.FaceCount(HeaderClaimingTwoBillionFaces()));

        Assert.Contains("2,147,483,648 faces", error.Message);
        Assert.Contains("at most 17", error.Message);
    }

    [Theory]
    [InlineData(12, 0xFF, "starts at")]       // face 0's offset far past the end
    [InlineData(24, 0x7F, "directory")]       // face 0's numTables 0x7F01: a directory larger than the file
    [InlineData(40, 0x7F, "outside")]         // the table's offset past the end
    [InlineData(44, 0x7F, "add up to")]       // the table's length past the end
    public void ExtractFace_CountOrOffsetPastTheFile_InvalidData(int at, byte value, string reason)
    {
        var damaged = (byte[])Collection.Clone();
        damaged[at] = value;

        var error = Assert.Throws<InvalidDataException>(() => TrueTypeCollection.ExtractFace(damaged, 0));

        Assert.Contains(reason, error.Message);
    }

    [Fact]
    public void ExtractFace_TablesAddingUpToMoreThanTheFile_InvalidDataBeforeAllocating()
    {
        // One face whose directory names the same 80-byte stretch 1,000 times: 80 KB from a 16 KB file.
        const int tables = 1_000;
        var data = new byte[12 + 4 + 12 + 16 * tables + 80];
        "ttcf"u8.CopyTo(data);
        data[11] = 1;             // one face
        data[15] = 16;            // at 16
        data[20] = 0x03; data[21] = 0xE8; // numTables 1,000
        for (var i = 0; i < tables; i++)
        {
            var record = 28 + 16 * i;
            System.Buffers.Binary.BinaryPrimitives.WriteUInt32BigEndian(data.AsSpan(record + 8), (uint)(data.Length - 80));
            System.Buffers.Binary.BinaryPrimitives.WriteUInt32BigEndian(data.AsSpan(record + 12), 80);
        }

        var error = Assert.Throws<InvalidDataException>(() => TrueTypeCollection.ExtractFace(data, 0));

        Assert.Contains("add up to", error.Message);
    }
}
