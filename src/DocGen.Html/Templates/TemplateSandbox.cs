using System.Reflection;
using Scriban.Functions;
using Scriban.Runtime;

namespace DocGen.Html.Templates;

/// <summary>
/// What a site template may reach and how much it may do. Site authors in CMS teams write these
/// templates, so a template sees the view model and a few pure built-ins, and every way to hang or
/// exhaust the server has a limit. Each limit has a hostile-template test (TemplateSandboxTests).
/// </summary>
internal static class TemplateSandbox
{
    /// <summary>
    /// Iterations per outermost loop, counted cumulatively over nested loops and built-ins that
    /// iterate. A LEGACY report may have 5,000 sections; this leaves 20 iterations per section.
    /// (Scriban's default of 1,000 refuses a real report.)
    /// </summary>
    public const int LoopLimit = 100_000;

    /// <summary>Nested includes and function calls. The default set nests four deep.</summary>
    public const int RecursiveLimit = 32;

    /// <summary>One value converted to text (a joined array, a padded string), in UTF-16 characters.</summary>
    public const int LimitToString = 1 << 20;

    /// <summary>
    /// The whole page, in UTF-16 characters. The largest accepted report (1,000,000 characters of
    /// text, escaped, in its tables and markup) stays well under it.
    /// </summary>
    public const int OutputLimit = 16 << 20;

    /// <summary>
    /// The built-ins every template sees: array, string and math without what reads the clock,
    /// draws random numbers, runs regular expressions, evaluates text as a template, or pads a
    /// string to any width; plus our own escaping-aware <c>include</c>. Shared read-only.
    /// </summary>
    public static readonly ScriptObject Builtins = BuildBuiltins();

    /// <summary>Only properties of the view records are visible, never methods or other .NET members.</summary>
    public static bool IsVisible(MemberInfo member) =>
        member is PropertyInfo { DeclaringType: { } type } && IsView(type);

    /// <summary>A view record: the only types whose properties a template reads.</summary>
    public static bool IsView(Type type) => type.Namespace == ViewNamespace;

    private const string ViewNamespace = "DocGen.Html.Rendering";

    private static ScriptObject BuildBuiltins()
    {
        var math = new MathFunctions();
        math.Remove("random");
        var text = new StringFunctions();
        // Removed for the sake of site authors more than safety (Scriban caps them at LimitToString):
        // a page has no use for them, and their output would be escaped twice.
        foreach (var name in new[] { "pad_left", "pad_right", "escape", "url_encode", "url_escape", "html_encode" }) text.Remove(name);
        var builtins = new ScriptObject();
        builtins.SetValue("array", new ArrayFunctions(), readOnly: true);
        builtins.SetValue("string", text, readOnly: true);
        builtins.SetValue("math", math, readOnly: true);
        builtins.SetValue("empty", EmptyScriptObject.Default, readOnly: true);
        builtins.SetValue("blank", EmptyScriptObject.Default, readOnly: true);
        builtins.SetValue("include", new PartialInclude(), readOnly: true);
        return builtins;
    }
}
