using System.Globalization;

namespace DocGen.Grpc.Internal;

/// <summary>
/// The grpc-timeout header: at most 8 ASCII digits and a unit
/// (H hours, M minutes, S seconds, m milliseconds, u microseconds, n nanoseconds).
/// </summary>
internal static class GrpcTimeout
{
    public static bool TryParse(string? value, out TimeSpan timeout)
    {
        timeout = default;
        if (value is null || value.Length is < 2 or > 9) return false;
        if (!long.TryParse(value.AsSpan(0, value.Length - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var amount))
            return false;

        long? ticks = value[^1] switch
        {
            'H' => amount * TimeSpan.TicksPerHour,
            'M' => amount * TimeSpan.TicksPerMinute,
            'S' => amount * TimeSpan.TicksPerSecond,
            'm' => amount * TimeSpan.TicksPerMillisecond,
            'u' => amount * TimeSpan.TicksPerMicrosecond,
            'n' => amount / 100, // a tick is 100 ns
            _ => null,
        };
        if (ticks is null) return false;
        timeout = TimeSpan.FromTicks(ticks.Value);
        return true;
    }

    /// <summary>Formats for sending, in the coarsest unit that keeps millisecond precision.</summary>
    public static string Format(TimeSpan timeout)
    {
        var milliseconds = Math.Max(0, (long)Math.Ceiling(timeout.TotalMilliseconds));
        if (milliseconds < 100_000_000) return milliseconds.ToString(CultureInfo.InvariantCulture) + "m";
        var seconds = milliseconds / 1000;
        if (seconds < 100_000_000) return seconds.ToString(CultureInfo.InvariantCulture) + "S";
        return Math.Min(seconds / 3600, 99_999_999).ToString(CultureInfo.InvariantCulture) + "H";
    }
}
