namespace DocGen.Layout.Fonts;

/// <summary>What a piece of text is, which decides its face. Site keys: "title", "heading", "body", "table".</summary>
public enum FontRole
{
    Title,
    Heading,
    Body,
    Table,
}
