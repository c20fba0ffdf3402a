using System.Text;
using DocGen.Core.Model;
using FsCheck;
using FsCheck.Fluent;

namespace DocGen.Import.Tests;

/// <summary>
/// Real documents damaged at random — cut short, bytes overwritten, a run deleted or repeated —
/// either import (with notes for what could not be read) or are refused with ImportException;
/// nothing else escapes, whatever the reader.
/// </summary>
public sealed class DamagedDocumentPropertyTests
{
    private static readonly (string Name, byte[] Bytes)[] Originals =
    [
        ("hzq-2023.pdf", File.ReadAllBytes(CheckoutPaths.Shared("archive", "hzq-2023.pdf"))),
        ("panjin-commerce-2022.txt", File.ReadAllBytes(CheckoutPaths.Shared("archive", "panjin-commerce-2022.txt"))),
        ("minhou-commerce-2020.html", Encoding.UTF8.GetBytes(
            "<html><body><h1>闽侯县商务局2020年政府信息公开工作年度报告</h1>" +
            string.Concat(File.ReadAllLines(CheckoutPaths.Shared("archive", "minhou-commerce-2020.txt")).Select(l => l.EndsWith('|') ? $"<table><tr><td>{l.TrimEnd('|')}</td></tr></table>" : $"<p>{l}</p>")) +
            "</body></html>")),
    ];

    /// <summary>One damage: which document, how (0 cut, 1 overwrite, 2 delete, 3 repeat), where and how much.</summary>
    public sealed record Damage(int Document, int Kind, int At, int Length, byte Fill)
    {
        public override string ToString() => $"{Originals[Document].Name}: kind {Kind} at {At} length {Length} fill {Fill}";
    }

    private static Gen<Damage> Damages() =>
        from document in Gen.Choose(0, Originals.Length - 1)
        from kind in Gen.Choose(0, 3)
        from at in Gen.Choose(0, 1_000_000)
        from length in Gen.Choose(1, 5_000)
        from fill in Gen.Choose(0, 255)
        select new Damage(document, kind, at, length, (byte)fill);

    private static byte[] Apply(Damage damage)
    {
        var original = Originals[damage.Document].Bytes;
        var at = damage.At % original.Length;
        var length = Math.Min(damage.Length, original.Length - at);
        return damage.Kind switch
        {
            0 => original[..at],
            1 => [.. original[..at], .. Enumerable.Repeat(damage.Fill, length), .. original[(at + length)..]],
            2 => [.. original[..at], .. original[(at + length)..]],
            _ => [.. original[..(at + length)], .. original[at..]],
        };
    }

    [Fact]
    public void Import_DamagedDocument_ImportsOrRefusesWithImportException()
    {
        Prop.ForAll(Damages().ToArbitrary(), damage =>
        {
            var bytes = Apply(damage);
            try
            {
                var imported = ReportImporter.Import(bytes, "", Originals[damage.Document].Name, Edition.Unspecified, CancellationToken.None);
                Assert.NotNull(imported.Report);
            }
            catch (ImportException e)
            {
                Assert.False(string.IsNullOrWhiteSpace(e.Message));
            }
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(80));
    }
}
