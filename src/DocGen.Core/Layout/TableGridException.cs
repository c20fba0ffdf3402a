namespace DocGen.Core.Layout;

/// <summary>A table layout whose spans overlap, overflow the table, or leave a slot uncovered.</summary>
public sealed class TableGridException(string message) : InvalidOperationException(message);
