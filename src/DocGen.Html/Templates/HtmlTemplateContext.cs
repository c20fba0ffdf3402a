using System.Collections.Concurrent;
using DocGen.Html.Rendering;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Runtime.Accessors;
using Scriban.Syntax;

namespace DocGen.Html.Templates;

/// <summary>
/// One render's Scriban context. Escaping happens here, in the write path every
/// <c>{{ expression }}</c> goes through: values are HTML-escaped unless they are
/// <see cref="TrustedHtml"/> (built by our code). Template text between expressions is written as
/// it is, and <see cref="PartialInclude"/> renders partials in place through this same path. Partials come only from the compiled set, parsed
/// once. Tests pin each of these (HtmlTemplateContextTests), since a Scriban upgrade that writes
/// output another way would bypass the override silently.
/// </summary>
internal sealed class HtmlTemplateContext : TemplateContext
{
    /// <summary>
    /// The view records' accessors, shared by every render (they only read, and every context has the
    /// same member filter and names). Scriban builds one per type per context by reflection; and the
    /// runtime's reflection caches are weakly held, so under load each full GC made the next render
    /// reflect again and emit and JIT a new invoke stub for every property it read.
    /// </summary>
    private static readonly ConcurrentDictionary<Type, IObjectAccessor> ViewAccessors = new();

    private readonly IReadOnlyDictionary<string, Template> _partials;

    public HtmlTemplateContext(IReadOnlyDictionary<string, Template> partials, CancellationToken cancellationToken)
        : base(TemplateSandbox.Builtins)
    {
        _partials = partials;
        MemberFilter = TemplateSandbox.IsVisible;
        LoopLimit = TemplateSandbox.LoopLimit;
        LoopLimitQueryable = TemplateSandbox.LoopLimit;
        RecursiveLimit = TemplateSandbox.RecursiveLimit;
        LimitToString = TemplateSandbox.LimitToString;
        OnStringLimit = ScriptLimitBehavior.Throw;
        OutputLimit = TemplateSandbox.OutputLimit;
        OnOutputLimit = ScriptLimitBehavior.Throw;
        StrictVariables = true;
        AutoIndent = false;
        CancellationToken = cancellationToken;
    }

    /// <summary>The view's properties as the template's globals (<c>{{ title }}</c>), read through its shared accessor.</summary>
    public ScriptObject GlobalsOf(object model)
    {
        var globals = new ScriptObject();
        var accessor = GetMemberAccessor(model);
        foreach (var name in accessor.GetMembers(this, CurrentSpan, model))
        {
            if (accessor.TryGetValue(this, CurrentSpan, model, name, out var value)) globals.SetValue(name, value, readOnly: false);
        }
        return globals;
    }

    protected override IObjectAccessor? GetMemberAccessorImpl(object target) =>
        TemplateSandbox.IsView(target.GetType())
            ? ViewAccessors.GetOrAdd(target.GetType(), _ => base.GetMemberAccessorImpl(target) ?? NullAccessor.Default)
            : base.GetMemberAccessorImpl(target);

    public override TemplateContext Write(SourceSpan span, object? textAsObject)
    {
        switch (textAsObject)
        {
            case null:
                return this;
            case TrustedHtml trusted:
                return Write(trusted.Value);
            default:
                var text = ObjectToString(textAsObject);
                return text is null ? this : Write(HtmlText.Escape(text));
        }
    }

    /// <summary>An empty text is false, as a site author expects of <c>if site.phone</c> (Scriban's own rule: only null and false are).</summary>
    public override bool ToBool(SourceSpan span, object? value) =>
        value is string text ? text.Length > 0 : base.ToBool(span, value);

    public override string GetTemplatePathFromName(string? templateName, ScriptNode? callerContext) =>
        templateName is not null && _partials.ContainsKey(templateName)
            ? templateName
            : throw new ScriptRuntimeException(callerContext?.Span ?? CurrentSpan,
                $"there is no partial '{templateName}' (partials: {string.Join(", ", _partials.Keys.Order(StringComparer.Ordinal))})");

    protected override Template CreateTemplate(string templatePath, ScriptNode? callerContext) => _partials[templatePath];
}
