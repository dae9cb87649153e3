namespace TalentWatch.Cli.Hosting;

/// <summary>
/// Passes writes to standard output and remembers whether the last byte was a newline, so text output can end with one
/// without being held in memory first (decision P9).
/// </summary>
internal sealed class TrailingNewlineStream(Stream inner) : Stream
{
    private bool endsWithNewline;

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

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        Remember(buffer);
        inner.Write(buffer);
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        Remember(buffer.Span);
        return inner.WriteAsync(buffer, cancellationToken);
    }

    /// <summary>True unless the last byte written was a newline (nothing written: true, as for empty text).</summary>
    public bool NeedsNewline => !endsWithNewline;

    private void Remember(ReadOnlySpan<byte> buffer)
    {
        if (buffer.Length > 0)
        {
            endsWithNewline = buffer[^1] == (byte)'\n';
        }
    }
}
