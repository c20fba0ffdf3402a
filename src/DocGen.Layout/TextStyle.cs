using DocGen.Layout.Fonts;

namespace DocGen.Layout;

/// <summary>How a stretch of text looks: its role's font chain at a size, maybe bold, maybe a link.</summary>
internal sealed record TextStyle(FontRole Role, double Size, bool Bold = false, string? Link = null);

/// <summary>A stretch of text in one style; "\n" inside it is a forced line break.</summary>
internal sealed record StyledText(string Text, TextStyle Style);
