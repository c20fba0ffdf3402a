namespace DocGen.Layout;

/// <summary>
/// What drawn content is, for tagged PDF (PDF 32000-1 14.8.4): the title H1, section headings H2,
/// paragraphs P, and the tables' Table / TR / TH (column and row headings) / TD (figures).
/// </summary>
internal enum StructureTag
{
    H1,
    H2,
    P,
    Table,
    TR,
    TH,
    TD,
}
