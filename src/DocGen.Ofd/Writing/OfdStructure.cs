using System.Text;
using DocGen.Layout;

namespace DocGen.Ofd.Writing;

/// <summary>
/// The report's structure as an OFD custom tag document (GB/T 33190 §16, 标引): the same elements as
/// the PDF's structure tree (H1, H2, P, Table, TR, TH, TD, with row and column spans), each listing
/// the text objects it holds by page and ID, in reading order. Page furniture is not content and
/// is left out, as the PDF marks it as artifacts.
/// </summary>
internal sealed class OfdStructure
{
    public const string TagNamespace = "urn:docgen:report-structure";

    private sealed record Element(StructureTag Tag, int RowSpan, int ColSpan)
    {
        public List<object> Children { get; } = [];
    }

    private readonly record struct ObjectRef(int PageId, int ObjectId);

    private readonly Element _root = new(StructureTag.P, 1, 1);
    private readonly Stack<Element> _open = new();

    public void Begin(StructureTag tag, int rowSpan, int colSpan)
    {
        var element = new Element(tag, rowSpan, colSpan);
        (_open.Count > 0 ? _open.Peek() : _root).Children.Add(element);
        _open.Push(element);
    }

    public void End() => _open.Pop();

    public void Reference(int pageId, int objectId) => (_open.Count > 0 ? _open.Peek() : _root).Children.Add(new ObjectRef(pageId, objectId));

    public byte[] ToXml()
    {
        var xml = new StringBuilder(OfdXml.Declaration)
            .Append("<Report xmlns=\"").Append(TagNamespace).Append("\" xmlns:ofd=\"").Append(OfdXml.Namespace).Append("\">\n");
        Append(xml, _root.Children);
        xml.Append("</Report>\n");
        return Encoding.UTF8.GetBytes(xml.ToString());
    }

    private static void Append(StringBuilder xml, List<object> children)
    {
        foreach (var child in children)
        {
            if (child is ObjectRef r)
            {
                xml.Append("<ofd:ObjectRef PageRef=\"").Append(r.PageId).Append("\">").Append(r.ObjectId).Append("</ofd:ObjectRef>");
                continue;
            }
            var e = (Element)child;
            xml.Append('<').Append(e.Tag);
            if (e.RowSpan > 1) xml.Append(" RowSpan=\"").Append(e.RowSpan).Append('"');
            if (e.ColSpan > 1) xml.Append(" ColSpan=\"").Append(e.ColSpan).Append('"');
            xml.Append('>');
            Append(xml, e.Children);
            xml.Append("</").Append(e.Tag).Append(">\n");
        }
    }
}
