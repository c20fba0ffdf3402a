namespace DocGen.Core.Layout;

/// <summary>What a cell of a national table is, which decides how renderers mark it up.</summary>
public enum CellRole
{
    /// <summary>A block title spanning the table, e.g. 第二十条第（一）项 in table 二.</summary>
    GroupHeader,
    /// <summary>Labels a column (or group of columns), e.g. 自然人, 申请人情况.</summary>
    ColumnHeader,
    /// <summary>Labels a row (or group of rows), e.g. 一、本年新收政府信息公开申请数量.</summary>
    RowHeader,
    /// <summary>A number cell bound to a report field.</summary>
    Value,
}
