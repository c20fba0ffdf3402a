using System.Text;
using DocGen.Core.Text;

namespace DocGen.RichText;

/// <summary>
/// Collects the inline content of one block the way a browser shows it: runs of ASCII
/// whitespace collapse to one space, leading and trailing space and breaks are dropped,
/// adjacent text in the same style merges into one <see cref="Run"/>, control characters
/// (which would make invalid HTML and PDF text) are removed, and so are a block's leading
/// no-break and ideographic spaces (hand-made indents).
/// </summary>
internal sealed class InlineBuilder
{
    private readonly List<Inline> _inlines = [];
    private readonly StringBuilder _text = new();
    private InlineStyle _style;
    private bool _pendingSpace;
    private InlineStyle _pendingSpaceStyle;

    /// <summary>True until some visible text has been added.</summary>
    public bool IsEmpty => _text.Length == 0 && !_inlines.OfType<Run>().Any();

    public void AddText(string text, InlineStyle style)
    {
        foreach (var ch in text)
        {
            if (ch is ' ' or '\t' or '\n' or '\r' or '\f')
            {
                // The collapsed space keeps the style of the first whitespace, as in a browser.
                if (!_pendingSpace) _pendingSpaceStyle = style;
                _pendingSpace = true;
                continue;
            }
            // Also what entities decode to: "&#x202E;" would otherwise bring back a bidi override.
            if (char.IsControl(ch) || CallerText.IsRemoved(ch) || ch is '\uFFFE' or '\uFFFF') continue;
            // Editors indent Chinese paragraphs with &nbsp; or 　; renderers indent by style, so a block's leading ones go.
            if (ch is '\u00A0' or '\u3000' && _text.Length == 0 && _inlines.Count == 0) continue;
            if (_pendingSpace && (_text.Length > 0 || _inlines.Count > 0 && _inlines[^1] is Run)) Append(' ', _pendingSpaceStyle);
            _pendingSpace = false;
            Append(ch, style);
        }
    }

    private void Append(char ch, InlineStyle style)
    {
        if (_text.Length > 0 && _style != style) FlushRun();
        if (_text.Length == 0) _style = style;
        _text.Append(ch);
    }

    /// <summary>A &lt;br&gt;: kept only between visible content.</summary>
    public void AddBreak()
    {
        FlushRun();
        _pendingSpace = false;
        if (!IsEmpty) _inlines.Add(LineBreak.Instance);
    }

    /// <summary>Starts a new line unless the content already ends with one (block edges inside a cell or list item).</summary>
    public void AddSoftBreak()
    {
        FlushRun();
        _pendingSpace = false;
        if (_inlines.Count > 0 && _inlines[^1] is Run) _inlines.Add(LineBreak.Instance);
    }

    public IReadOnlyList<Inline> Build()
    {
        FlushRun();
        while (_inlines.Count > 0 && _inlines[^1] is LineBreak) _inlines.RemoveAt(_inlines.Count - 1);
        return _inlines.ToArray();
    }

    private void FlushRun()
    {
        if (_text.Length == 0) return;
        var run = _style.ToRun(_text.ToString());
        _text.Clear();
        if (_inlines.Count > 0 && _inlines[^1] is Run last && last.HasSameStyle(run))
            _inlines[^1] = last with { Text = last.Text + run.Text };
        else
            _inlines.Add(run);
    }
}
