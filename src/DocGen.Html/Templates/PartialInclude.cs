using Scriban;
using Scriban.Functions;
using Scriban.Runtime;
using Scriban.Syntax;

namespace DocGen.Html.Templates;

/// <summary>
/// <c>include "name"</c> renders a partial of the same set. Scriban returns the partial's output as
/// a string, which the escaping write path would escape again; wrapped as
/// <see cref="RenderedPartial"/> it is written as it is. The partial's own expressions were
/// escaped as it rendered.
/// </summary>
internal sealed class PartialInclude : IScriptCustomFunction
{
    private static readonly IncludeFunction Scriban = new();

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        Scriban.Invoke(context, callerContext, arguments, blockStatement) is string output ? new RenderedPartial(output) : null;

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        new(Invoke(context, callerContext, arguments, blockStatement));

    public int RequiredParameterCount => Scriban.RequiredParameterCount;

    public int ParameterCount => Scriban.ParameterCount;

    public ScriptVarParamKind VarParamKind => Scriban.VarParamKind;

    public Type ReturnType => typeof(RenderedPartial);

    public ScriptParameterInfo GetParameterInfo(int index) => Scriban.GetParameterInfo(index);

    public int GetParameterIndexByName(string name) => Scriban.GetParameterIndexByName(name);
}

/// <summary>A partial's output: already escaped where needed, and already counted against the output limit.</summary>
internal sealed record RenderedPartial(string Html)
{
    public override string ToString() => Html;
}
