namespace DocGen.Bench;

/// <summary>
/// One benchmark of the bench tool (<c>docgen-bench NAME [options]</c>). Implementations are
/// found by reflection, so adding a benchmark is adding a file.
/// </summary>
public interface IBenchmark
{
    /// <summary>The command name, e.g. "transport".</summary>
    string Name { get; }

    /// <summary>One line for the tool's help.</summary>
    string Description { get; }

    /// <summary>Runs and prints its figures; returns the process exit code.</summary>
    Task<int> RunAsync(string[] args, CancellationToken cancellationToken);
}
