namespace DocGen.Layout.Fonts;

/// <summary>
/// What a piece of text is, which decides its face. Site keys: "title", "heading" (一、),
/// "subheading" (（一）), "body", "table".
/// </summary>
public enum FontRole
{
    Title,
    Heading,
    Subheading,
    Body,
    Table,
}
