using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace DocGen.Server.Tests.Support;

/// <summary>Every log line the server writes, with its category and structured values.</summary>
public sealed class CapturingLogs : ILoggerProvider
{
    public ConcurrentQueue<LogLine> Lines { get; } = new();

    public IEnumerable<LogLine> Category(string category) => Lines.Where(l => l.Category == category);

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, Lines);

    public void Dispose()
    {
    }

    public sealed record LogLine(string Category, LogLevel Level, int EventId, string Message, IReadOnlyDictionary<string, object?> Values);

    private sealed class Logger(string category, ConcurrentQueue<LogLine> lines) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var values = state is IEnumerable<KeyValuePair<string, object?>> pairs
                ? pairs.ToDictionary(p => p.Key, p => p.Value)
                : new Dictionary<string, object?>();
            lines.Enqueue(new LogLine(category, logLevel, eventId.Id, formatter(state, exception), values));
        }
    }
}
