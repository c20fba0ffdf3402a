using System.Globalization;

namespace DocGen.Bench.Support;

/// <summary><c>--name value</c> options of a benchmark.</summary>
public sealed class BenchArguments(string[] args)
{
    public string? Option(string name)
    {
        var index = Array.IndexOf(args, "--" + name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }

    public int Int(string name, int fallback) =>
        Option(name) is { } text ? int.Parse(text, CultureInfo.InvariantCulture) : fallback;

    public double Seconds(string name, double fallback) =>
        Option(name) is { } text ? double.Parse(text, CultureInfo.InvariantCulture) : fallback;

    public int[] Ints(string name, int[] fallback) =>
        Option(name) is { } text ? text.Split(',').Select(t => int.Parse(t, CultureInfo.InvariantCulture)).ToArray() : fallback;
}
