namespace HedgeAgents.Cli.Tests.Faults;

/// <summary>A disk with <see cref="Left"/> bytes of space shared by every file opened through it: writes pass to the
/// file until the space runs out, then the write that does not fit writes what fits and throws "No space left".</summary>
internal sealed class FullDisk(long space)
{
    /// <summary>Bytes that can still be written.</summary>
    public long Left { get; private set; } = space;

    /// <summary>Bytes written through the disk so far.</summary>
    public long Written { get; private set; }

    /// <summary>Wraps a file as the writers' sink.</summary>
    public Stream Open(FileStream file) => new FullDiskStream(file, this);

    private void Take(FileStream file, ReadOnlySpan<byte> buffer)
    {
        var fits = (int)Math.Min(buffer.Length, Left);
        file.Write(buffer[..fits]);
        Left -= fits;
        Written += fits;
        if (fits < buffer.Length) throw new IOException("No space left on device (simulated)");
    }

    private sealed class FullDiskStream(FileStream file, FullDisk disk) : Stream
    {
        public override bool CanRead => file.CanRead;
        public override bool CanSeek => file.CanSeek;
        public override bool CanWrite => true;
        public override long Length => file.Length;
        public override long Position { get => file.Position; set => file.Position = value; }
        public override void Flush() => file.Flush();
        public override int Read(byte[] buffer, int offset, int count) => file.Read(buffer, offset, count);
        public override long Seek(long offset, SeekOrigin origin) => file.Seek(offset, origin);
        public override void SetLength(long value) => file.SetLength(value);
        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));
        public override void Write(ReadOnlySpan<byte> buffer) => disk.Take(file, buffer);

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
        {
            Write(buffer.AsSpan(offset, count));
            return Task.CompletedTask;
        }

        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            Write(buffer.Span);
            return ValueTask.CompletedTask;
        }

        public override Task FlushAsync(CancellationToken cancellationToken) => file.FlushAsync(cancellationToken);
    }
}
