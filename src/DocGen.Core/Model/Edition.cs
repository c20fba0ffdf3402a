namespace DocGen.Core.Model;

/// <summary>The format editions of the annual report, numbered as in the public contract.</summary>
public enum Edition
{
    Unspecified = 0,
    /// <summary>Reports for 2008–2018: free sections, no unified tables.</summary>
    Legacy2008 = 1,
    /// <summary>Reports for 2019–2020 (国办公开办函〔2019〕60号).</summary>
    Edition2019 = 2,
    /// <summary>Reports for 2021 on (国办公开办函〔2021〕30号).</summary>
    Edition2021 = 3,
}
