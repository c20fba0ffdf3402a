using Microsoft.Extensions.Logging;

namespace DocGen.Api.Tests.Adversarial;

/// <summary>Every log line of every category, with its level, for assertions.</summary>
internal sealed class ListLoggerProvider : ILoggerProvider, ILogger
{
    public List<(LogLevel Level, string Text)> Lines { get; } = [];

    public ILogger CreateLogger(string categoryName) => this;

    public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        lock (Lines) Lines.Add((logLevel, formatter(state, exception)));
    }

    public void Dispose() { }
}
