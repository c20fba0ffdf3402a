using DocGen.Core.Layout;
using DocGen.Core.Model;

namespace DocGen.Core.Outline;

/// <summary>
/// A section of a report in print order: a heading followed by narrative, or by a national table
/// (sections 二, 三 and 四 of the 2019 and 2021 editions). <see cref="Anchor"/> is a stable id for
/// links and bookmarks ("s1" … "s6" for the national sections).
/// </summary>
public sealed record OutlineSection(string Anchor, string Heading, RichText? Narrative, TableLayout? Table);
