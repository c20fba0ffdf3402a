using DocGen.Server.Hosting;

namespace DocGen.Server.Tests;

/// <summary>When the server gives memory back: HeapTrim's decision, interval by interval, against a 400 MiB threshold.</summary>
public sealed class HeapTrimScheduleTests
{
    private const long MiB = 1024 * 1024;

    /// <param name="intervals">Resident MiB at each interval; "500>300": 500 before, 300 after a trim (else as before).</param>
    /// <param name="expected">Per interval: T trimmed, - not.</param>
    [Theory]
    [InlineData("below the threshold: never", "100 399 400 400", "- - - -")]
    [InlineData("above it: at once", "401", "T")]
    [InlineData("back to 300: above 400 again, the next waits three intervals", "500>300 420 420 420 420", "T - - T -")]
    [InlineData("grown by half again since the last trim: at once", "500>300 451", "T T")]
    [InlineData("live data really that large: at most every third interval", "900>800 900 900 900 900 900 900", "T - - T - - T")]
    [InlineData("a trim during a burst is followed by one after it, by the third interval", "600>580 700 800 800>300 300", "T - - T -")]
    public void IsDue_MemoryInterval_ByInterval(string why, string intervals, string expected)
    {
        var schedule = HeapTrimSchedule.Start(400 * MiB);
        var trims = new List<string>();
        foreach (var interval in intervals.Split(' '))
        {
            var readings = interval.Split('>').Select(r => long.Parse(r, System.Globalization.CultureInfo.InvariantCulture) * MiB).ToArray();
            schedule = schedule.Tick();
            var due = schedule.IsDue(readings[0]);
            if (due) schedule = schedule.Trimmed(readings[^1]);
            trims.Add(due ? "T" : "-");
        }

        Assert.True(expected == string.Join(' ', trims), $"{why}: expected {expected}, got {string.Join(' ', trims)}");
    }
}
