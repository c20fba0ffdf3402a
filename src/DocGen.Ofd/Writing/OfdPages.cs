using System.Globalization;
using System.Text;
using DocGen.Core.Outline;
using DocGen.Core.Sites;
using DocGen.Layout;
using DocGen.Layout.Composition;
using DocGen.Layout.Fonts;

namespace DocGen.Ofd.Writing;

/// <summary>
/// An OFD being drawn page by page (<see cref="IPageDocument"/>). IDs are given in drawing order,
/// so the same report gives the same IDs; <see cref="Finish"/> writes the package:
/// <code>
/// OFD.xml                          DocInfo (title, author = agency, dates, site identity) → Doc_0/Document.xml
/// Doc_0/Document.xml               page area, page tree, outlines (the PDF's bookmarks), custom tags
/// Doc_0/PublicRes.xml              the fonts, each a TrueType subset in Doc_0/Res/
/// Doc_0/CustomTags.xml             → Doc_0/Tags/Structure.xml (OfdStructure)
/// Doc_0/Pages/Page_N/Content.xml   one layer of text and path objects (OfdCanvas)
/// </code>
/// </summary>
internal sealed class OfdPages : IPageDocument
{
    private const string Creator = "DocGen";

    private readonly List<(int Id, OfdCanvas Canvas)> _pages = [];
    private readonly List<byte[]> _contents = [];
    private readonly Dictionary<FontFace, OfdFont> _fonts = [];
    private readonly List<OfdFont> _fontOrder = [];
    private readonly List<(string Title, int PageId, double Top)> _bookmarks = [];
    private int _lastId;

    public OfdStructure Structure { get; } = new();

    public double PageWidth => PageGeometry.PageWidth;

    public double PageHeight => PageGeometry.PageHeight;

    public int NextId() => ++_lastId;

    public OfdFont Font(FontFace face)
    {
        if (_fonts.TryGetValue(face, out var font)) return font;
        font = new OfdFont(NextId(), face);
        _fonts[face] = font;
        _fontOrder.Add(font);
        return font;
    }

    public void AddBookmark(string title, int pageId, double top) => _bookmarks.Add((title, pageId, top));

    public ICanvas BeginPage(int number)
    {
        var pageId = NextId();
        var canvas = new OfdCanvas(this, pageId, NextId());
        _pages.Add((pageId, canvas));
        return canvas;
    }

    // The page's XML is made now, so a long report does not keep every page's builder.
    public void EndPage(ICanvas canvas) => _contents.Add(((OfdCanvas)canvas).Finish());

    public OfdDocumentResult Finish(ReportOutline outline, SiteProfile site)
    {
        var package = new OfdPackage();
        package.Add("OFD.xml", OfdMain(outline, site, _pages.Count));
        package.Add("Doc_0/Document.xml", Document());
        package.Add("Doc_0/PublicRes.xml", PublicRes());
        package.Add("Doc_0/CustomTags.xml", CustomTags());
        package.Add("Doc_0/Tags/Structure.xml", Structure.ToXml());
        for (var i = 0; i < _contents.Count; i++) package.Add($"Doc_0/Pages/Page_{i}/Content.xml", _contents[i]);
        foreach (var font in _fontOrder) package.Add($"Doc_0/Res/{FontFile(font)}", font.Subset(), compress: false);
        return new OfdDocumentResult(package.ToArray(), _pages.Count);
    }

    private static byte[] OfdMain(ReportOutline outline, SiteProfile site, int pageCount)
    {
        var date = DocumentFacts.Date(outline).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var x = new StringBuilder(OfdXml.Declaration)
            .Append("<ofd:OFD xmlns:ofd=\"").Append(OfdXml.Namespace).Append("\" Version=\"1.0\" DocType=\"OFD\"><ofd:DocBody><ofd:DocInfo>")
            .Append("<ofd:DocID>").Append(DocumentFacts.Id(outline, pageCount)).Append("</ofd:DocID>")
            .Append("<ofd:Title>").Escaped(outline.Title).Append("</ofd:Title>")
            .Append("<ofd:Author>").Escaped(outline.Report.Agency).Append("</ofd:Author>")
            .Append("<ofd:Subject>").Escaped(DocumentFacts.Subject(outline)).Append("</ofd:Subject>")
            .Append("<ofd:CreationDate>").Append(date).Append("</ofd:CreationDate>")
            .Append("<ofd:ModDate>").Append(date).Append("</ofd:ModDate>")
            .Append("<ofd:Keywords>");
        foreach (var keyword in DocumentFacts.Keywords(outline)) x.Append("<ofd:Keyword>").Escaped(keyword).Append("</ofd:Keyword>");
        x.Append("</ofd:Keywords><ofd:Creator>").Append(Creator).Append("</ofd:Creator><ofd:CustomDatas>");
        // The site the report is published on: its name and 网站标识码 (the PDF prints them on the last page).
        x.Append("<ofd:CustomData Name=\"网站名称\">").Escaped(site.Name).Append("</ofd:CustomData>");
        x.Append("<ofd:CustomData Name=\"网站标识码\">").Escaped(site.SiteCode).Append("</ofd:CustomData>");
        x.Append("</ofd:CustomDatas></ofd:DocInfo><ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>\n");
        return Encoding.UTF8.GetBytes(x.ToString());
    }

    private byte[] Document()
    {
        var x = new StringBuilder(OfdXml.Declaration)
            .Append("<ofd:Document xmlns:ofd=\"").Append(OfdXml.Namespace).Append("\"><ofd:CommonData>")
            .Append("<ofd:MaxUnitID>").Append(_lastId).Append("</ofd:MaxUnitID>")
            .Append("<ofd:PageArea><ofd:PhysicalBox>0 0 ").Append(OfdXml.Mm(PageWidth)).Append(' ').Append(OfdXml.Mm(PageHeight)).Append("</ofd:PhysicalBox></ofd:PageArea>")
            .Append("<ofd:PublicRes>PublicRes.xml</ofd:PublicRes></ofd:CommonData>\n<ofd:Pages>\n");
        for (var i = 0; i < _pages.Count; i++)
            x.Append("<ofd:Page ID=\"").Append(_pages[i].Id).Append("\" BaseLoc=\"Pages/Page_").Append(i).Append("/Content.xml\"/>\n");
        x.Append("</ofd:Pages>\n");
        if (_bookmarks.Count > 0)
        {
            x.Append("<ofd:Outlines>\n");
            foreach (var (title, pageId, top) in _bookmarks)
            {
                x.Append("<ofd:OutlineElem Title=\"").Escaped(title).Append("\"><ofd:Actions><ofd:Action Event=\"CLICK\"><ofd:Goto>")
                    .Append("<ofd:Dest Type=\"XYZ\" PageID=\"").Append(pageId).Append("\" Left=\"0\" Top=\"").Append(OfdXml.Mm(top)).Append("\"/>")
                    .Append("</ofd:Goto></ofd:Action></ofd:Actions></ofd:OutlineElem>\n");
            }
            x.Append("</ofd:Outlines>\n");
        }
        x.Append("<ofd:CustomTags>CustomTags.xml</ofd:CustomTags></ofd:Document>\n");
        return Encoding.UTF8.GetBytes(x.ToString());
    }

    private byte[] PublicRes()
    {
        var x = new StringBuilder(OfdXml.Declaration)
            .Append("<ofd:Res xmlns:ofd=\"").Append(OfdXml.Namespace).Append("\" BaseLoc=\"Res\"><ofd:Fonts>\n");
        foreach (var font in _fontOrder)
        {
            x.Append("<ofd:Font ID=\"").Append(font.Id).Append("\" FontName=\"").Escaped(font.Name).Append("\" FamilyName=\"").Escaped(font.Face.Family).Append('"');
            if (font.Face.IsBold) x.Append(" Bold=\"true\"");
            x.Append("><ofd:FontFile>").Append(FontFile(font)).Append("</ofd:FontFile></ofd:Font>\n");
        }
        x.Append("</ofd:Fonts></ofd:Res>\n");
        return Encoding.UTF8.GetBytes(x.ToString());
    }

    private static byte[] CustomTags() => Encoding.UTF8.GetBytes(new StringBuilder(OfdXml.Declaration)
        .Append("<ofd:CustomTags xmlns:ofd=\"").Append(OfdXml.Namespace).Append("\"><ofd:CustomTag NameSpace=\"").Append(OfdStructure.TagNamespace)
        .Append("\"><ofd:FileLoc>Tags/Structure.xml</ofd:FileLoc></ofd:CustomTag></ofd:CustomTags>\n").ToString());

    private static string FontFile(OfdFont font) => $"font_{font.Id}.ttf";
}
