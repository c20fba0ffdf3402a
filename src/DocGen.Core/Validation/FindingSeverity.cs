namespace DocGen.Core.Validation;

public enum FindingSeverity
{
    Error = 1,
    Warning = 2,
}
