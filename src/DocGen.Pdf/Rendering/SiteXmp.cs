using System.Security;
using System.Text;
using DocGen.Core.Sites;
using PdfSharp.Pdf;

namespace DocGen.Pdf.Rendering;

/// <summary>
/// The site in the XMP packet, beside the Info dictionary's /Publisher and /SiteCode: dc:publisher
/// (the site's name, Dublin Core) and docgen:siteCode (its 网站标识码) in a namespace of our own,
/// described by a PDF/A extension schema (ISO 19005-1 6.7.8) so PDF/A readers accept it. PDFsharp
/// 6.2 writes the packet from the Info dictionary's standard keys while saving and has no hook for
/// more, so its packet is read back from the saved file and written again with these descriptions
/// before <c>&lt;/rdf:RDF&gt;</c> (<see cref="SavedObjects"/>).
/// </summary>
internal static class SiteXmp
{
    public const string Namespace = "urn:docgen:xmp:site:1.0/";
    public const string Prefix = "docgen";
    private static readonly byte[] RdfEnd = "</rdf:RDF>"u8.ToArray();

    /// <summary>The metadata object written again with the site, or null for a site with neither name nor code.</summary>
    public static (int ObjectNumber, byte[] Bytes)? Written(ReadOnlySpan<byte> saved, IReadOnlyDictionary<int, (int Start, int End)> ranges, PdfDocument document, SiteProfile site)
    {
        if (site.Name.Length == 0 && site.SiteCode.Length == 0) return null;
        var reference = document.Internals.Catalog.Elements.GetReference("/Metadata") ?? throw new InvalidOperationException("PDFsharp wrote no /Metadata in the catalog");
        var (start, end) = ranges[reference.ObjectNumber];
        SavedObjects.Stream(saved[start..end], reference.ObjectNumber, out var packet);
        var at = packet.LastIndexOf(RdfEnd);
        if (at < 0) throw new InvalidOperationException("the XMP packet PDFsharp wrote has no </rdf:RDF>");

        var added = Encoding.UTF8.GetBytes(Descriptions(site));
        var data = new byte[packet.Length + added.Length];
        packet[..at].CopyTo(data);
        added.CopyTo(data, at);
        packet[at..].CopyTo(data.AsSpan(at + added.Length));
        return (reference.ObjectNumber, SavedObjects.StreamObject(reference, "/Type/Metadata/Subtype/XML", data));
    }

    internal static string Descriptions(SiteProfile site)
    {
        var xmp = new StringBuilder();
        if (site.Name.Length > 0)
        {
            xmp.Append($"""
                      <rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/">
                        <dc:publisher><rdf:Bag><rdf:li>{SecurityElement.Escape(site.Name)}</rdf:li></rdf:Bag></dc:publisher>
                      </rdf:Description>

                """);
        }
        if (site.SiteCode.Length > 0)
        {
            xmp.Append($"""
                      <rdf:Description rdf:about="" xmlns:{Prefix}="{Namespace}">
                        <{Prefix}:siteCode>{SecurityElement.Escape(site.SiteCode)}</{Prefix}:siteCode>
                      </rdf:Description>
                      <rdf:Description rdf:about="" xmlns:pdfaExtension="http://www.aiim.org/pdfa/ns/extension/" xmlns:pdfaSchema="http://www.aiim.org/pdfa/ns/schema#" xmlns:pdfaProperty="http://www.aiim.org/pdfa/ns/property#">
                        <pdfaExtension:schemas>
                          <rdf:Bag>
                            <rdf:li rdf:parseType="Resource">
                              <pdfaSchema:schema>DocGen site</pdfaSchema:schema>
                              <pdfaSchema:namespaceURI>{Namespace}</pdfaSchema:namespaceURI>
                              <pdfaSchema:prefix>{Prefix}</pdfaSchema:prefix>
                              <pdfaSchema:property>
                                <rdf:Seq>
                                  <rdf:li rdf:parseType="Resource">
                                    <pdfaProperty:name>siteCode</pdfaProperty:name>
                                    <pdfaProperty:valueType>Text</pdfaProperty:valueType>
                                    <pdfaProperty:category>external</pdfaProperty:category>
                                    <pdfaProperty:description>The publishing government website's identification code (网站标识码)</pdfaProperty:description>
                                  </rdf:li>
                                </rdf:Seq>
                              </pdfaSchema:property>
                            </rdf:li>
                          </rdf:Bag>
                        </pdfaExtension:schemas>
                      </rdf:Description>

                """);
        }
        return xmp.ToString();
    }
}
