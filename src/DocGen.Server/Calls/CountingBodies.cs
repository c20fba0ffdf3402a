using System.IO.Pipelines;
using Microsoft.AspNetCore.Http.Features;

namespace DocGen.Server.Calls;

/// <summary>Bytes a call read from its request body and wrote to its response body, as they crossed the wire (compressed).</summary>
internal sealed class CountingBodies
{
    private CountingReader? _reader;
    private CountingWriter? _writer;

    public long BytesIn => _reader?.Count ?? 0;

    public long BytesOut => _writer?.Count ?? 0;

    public static CountingBodies Attach(HttpContext http)
    {
        var bodies = new CountingBodies();
        if (http.Features.Get<IRequestBodyPipeFeature>() is { } request)
            http.Features.Set<IRequestBodyPipeFeature>(new RequestFeature(bodies._reader = new CountingReader(request.Reader)));
        if (http.Features.Get<IHttpResponseBodyFeature>() is { } response)
            http.Features.Set<IHttpResponseBodyFeature>(new ResponseFeature(response, bodies._writer = new CountingWriter(response.Writer)));
        return bodies;
    }

    private sealed class RequestFeature(PipeReader reader) : IRequestBodyPipeFeature
    {
        public PipeReader Reader => reader;
    }

    private sealed class ResponseFeature(IHttpResponseBodyFeature inner, PipeWriter writer) : IHttpResponseBodyFeature
    {
        private Stream? _stream;

        public Stream Stream => _stream ??= writer.AsStream();
        public PipeWriter Writer => writer;
        public void DisableBuffering() => inner.DisableBuffering();
        public Task StartAsync(CancellationToken cancellationToken = default) => inner.StartAsync(cancellationToken);
        public Task SendFileAsync(string path, long offset, long? count, CancellationToken cancellationToken = default) =>
            inner.SendFileAsync(path, offset, count, cancellationToken);
        public Task CompleteAsync() => inner.CompleteAsync();
    }

    private sealed class CountingReader(PipeReader inner) : PipeReader
    {
        private ReadResult _last;

        public long Count { get; private set; }

        public override async ValueTask<ReadResult> ReadAsync(CancellationToken cancellationToken = default) =>
            _last = await inner.ReadAsync(cancellationToken);

        public override bool TryRead(out ReadResult result)
        {
            if (!inner.TryRead(out result)) return false;
            _last = result;
            return true;
        }

        public override void AdvanceTo(SequencePosition consumed)
        {
            Count += _last.Buffer.Slice(0, consumed).Length;
            inner.AdvanceTo(consumed);
        }

        public override void AdvanceTo(SequencePosition consumed, SequencePosition examined)
        {
            Count += _last.Buffer.Slice(0, consumed).Length;
            inner.AdvanceTo(consumed, examined);
        }

        public override void CancelPendingRead() => inner.CancelPendingRead();
        public override void Complete(Exception? exception = null) => inner.Complete(exception);
        public override ValueTask CompleteAsync(Exception? exception = null) => inner.CompleteAsync(exception);
    }

    private sealed class CountingWriter(PipeWriter inner) : PipeWriter
    {
        public long Count { get; private set; }

        public override void Advance(int bytes)
        {
            Count += bytes;
            inner.Advance(bytes);
        }

        public override Memory<byte> GetMemory(int sizeHint = 0) => inner.GetMemory(sizeHint);
        public override Span<byte> GetSpan(int sizeHint = 0) => inner.GetSpan(sizeHint);
        public override ValueTask<FlushResult> FlushAsync(CancellationToken cancellationToken = default) => inner.FlushAsync(cancellationToken);

        public override ValueTask<FlushResult> WriteAsync(ReadOnlyMemory<byte> source, CancellationToken cancellationToken = default)
        {
            Count += source.Length;
            return inner.WriteAsync(source, cancellationToken);
        }

        public override bool CanGetUnflushedBytes => inner.CanGetUnflushedBytes;
        public override long UnflushedBytes => inner.UnflushedBytes;
        public override void CancelPendingFlush() => inner.CancelPendingFlush();
        public override void Complete(Exception? exception = null) => inner.Complete(exception);
        public override ValueTask CompleteAsync(Exception? exception = null) => inner.CompleteAsync(exception);
    }
}
