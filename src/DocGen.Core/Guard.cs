namespace DocGen.Core;

/// <summary>Checks made where a value is made; the messages name the field.</summary>
internal static class Guard
{
    public static int AtLeast(int value, int minimum, string field) =>
        value >= minimum ? value : throw new ArgumentOutOfRangeException(field, value, $"{field} must be at least {minimum}");

    public static int Between(int value, int minimum, int maximum, string field) =>
        value >= minimum && value <= maximum
            ? value
            : throw new ArgumentOutOfRangeException(field, value, $"{field} must be between {minimum} and {maximum}");
}
