namespace DocGen.Import;

/// <summary>The document cannot be imported at all (not a report, damaged, too large); the message says why.</summary>
public sealed class ImportException(string message) : Exception(message);
