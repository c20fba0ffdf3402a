using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace DocGen.Html.Templates;

/// <summary>
/// <c>include "name"</c>: renders a partial of the same set where it stands. Scriban's own include
/// renders into a buffer of its own and returns the text, which the escaping write path would
/// escape again (and every nesting level would copy); this one writes straight into the page, each
/// expression of the partial escaped as it is written, and returns nothing.
/// </summary>
internal sealed class PartialInclude : IScriptCustomFunction
{
    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        var span = callerContext?.Span ?? context.CurrentSpan;
        if (arguments.Count != 1) throw new ScriptRuntimeException(span, "include takes one argument, the partial's name: {{ include \"footer\" }}");
        var path = context.GetTemplatePathFromName(context.ObjectToString(arguments[0]), callerContext);
        var template = context.GetOrCreateTemplate(path!, callerContext);
        context.EnterRecursive(callerContext);
        context.PushSourceFile(template.SourceFilePath ?? path!);
        context.PushLocal(); // the partial's own variables end with it, as with Scriban's include
        try
        {
            var result = template.Page is null ? null : context.Evaluate(template.Page);
            if (result is not null) context.Write(span, result);
        }
        finally
        {
            context.PopLocal();
            context.PopSourceFile();
            context.ExitRecursive(callerContext);
        }
        return null;
    }

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        new(Invoke(context, callerContext, arguments, blockStatement));

    public int RequiredParameterCount => 1;

    public int ParameterCount => 1;

    public ScriptVarParamKind VarParamKind => ScriptVarParamKind.None;

    public Type ReturnType => typeof(object);

    public ScriptParameterInfo GetParameterInfo(int index) => new(typeof(string), "partial_name");

    public int GetParameterIndexByName(string name) => name == "partial_name" ? 0 : -1;
}
