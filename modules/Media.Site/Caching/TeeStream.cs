namespace Media.Site.Caching;

/// <summary>Passes a response body through and keeps a copy of it, up to <paramref name="limit"/> bytes
/// (<see cref="Overflowed"/> past it).</summary>
internal sealed class TeeStream(Stream inner, int limit) : Stream
{
    private readonly MemoryStream copy = new();

    public bool Overflowed { get; private set; }

    public ReadOnlyMemory<byte> Copy => copy.GetBuffer().AsMemory(0, (int)copy.Length);

    public override bool CanRead => false;
    public override bool CanSeek => false;
    public override bool CanWrite => true;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override void Flush() => inner.Flush();

    public override Task FlushAsync(CancellationToken cancellationToken) => inner.FlushAsync(cancellationToken);

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count)
    {
        Keep(buffer.AsSpan(offset, count));
        inner.Write(buffer, offset, count);
    }

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        Keep(buffer);
        inner.Write(buffer);
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
    {
        Keep(buffer.AsSpan(offset, count));
        return inner.WriteAsync(buffer, offset, count, cancellationToken);
    }

    public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        Keep(buffer.Span);
        return inner.WriteAsync(buffer, cancellationToken);
    }

    private void Keep(ReadOnlySpan<byte> bytes)
    {
        if (Overflowed) return;
        if (copy.Length + bytes.Length > limit)
        {
            Overflowed = true;
            return;
        }
        copy.Write(bytes);
    }
}
