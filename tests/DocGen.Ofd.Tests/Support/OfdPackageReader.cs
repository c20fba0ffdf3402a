using System.IO.Compression;
using System.Text;
using System.Xml.Linq;

namespace DocGen.Ofd.Tests.Support;

/// <summary>An OFD package opened as a reader would: OFD.xml → DocRoot → pages, each page's text objects.</summary>
internal sealed class OfdPackageReader
{
    public static readonly XNamespace Ofd = "http://www.ofdspec.org/2016";

    private readonly Dictionary<string, byte[]> _entries = [];

    public OfdPackageReader(byte[] package)
    {
        using var zip = new ZipArchive(new MemoryStream(package), ZipArchiveMode.Read);
        foreach (var entry in zip.Entries)
        {
            using var stream = entry.Open();
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            _entries[entry.FullName] = copy.ToArray();
        }
        Main = Xml("OFD.xml");
        DocRoot = Main.Descendants(Ofd + "DocRoot").Single().Value;
        Document = Xml(DocRoot);
    }

    public IReadOnlyCollection<string> Paths => _entries.Keys;

    public XDocument Main { get; }

    public string DocRoot { get; }

    public XDocument Document { get; }

    public string DocFolder => Path.GetDirectoryName(DocRoot)!.Replace('\\', '/');

    public byte[] Bytes(string path) => _entries.TryGetValue(path, out var bytes) ? bytes : throw new FileNotFoundException($"the package has no {path}", path);

    public XDocument Xml(string path) => XDocument.Parse(Encoding.UTF8.GetString(Bytes(path)));

    public string DocInfo(string name) => Main.Descendants(Ofd + "DocInfo").Single().Element(Ofd + name)?.Value ?? "";

    public IReadOnlyList<XElement> Pages => [.. Document.Descendants(Ofd + "Pages").Single().Elements(Ofd + "Page")];

    public XDocument PageContent(int index) => Xml($"{DocFolder}/{Pages[index].Attribute("BaseLoc")!.Value}");

    /// <summary>The page's text in the order its TextCodes come, each text object on its own line.</summary>
    public string PageText(int index) =>
        string.Join("\n", PageContent(index).Descendants(Ofd + "TextObject").Select(t => string.Concat(t.Elements(Ofd + "TextCode").Select(c => c.Value))));

    public IReadOnlyList<(string Title, int PageIndex, double Top)> Outline()
    {
        var ids = Pages.Select(p => p.Attribute("ID")!.Value).ToList();
        return [.. Document.Descendants(Ofd + "OutlineElem").Select(e =>
        {
            var dest = e.Descendants(Ofd + "Dest").Single();
            return (e.Attribute("Title")!.Value, ids.IndexOf(dest.Attribute("PageID")!.Value), double.Parse(dest.Attribute("Top")!.Value, System.Globalization.CultureInfo.InvariantCulture));
        })];
    }
}
