using HedgeAgents.Experiments.Output;

namespace HedgeAgents.Experiments.Tests.Output;

public class AtomicFileSetTests
{
    private string _dir = "";

    [SetUp]
    public void CreateDir() => _dir = Path.Combine(Path.GetTempPath(), "hedge-atomic-" + Guid.NewGuid().ToString("N"));

    [TearDown]
    public void Clean()
    {
        FileSink.Wrap = null;
        if (Directory.Exists(_dir)) Directory.Delete(_dir, recursive: true);
    }

    [Test]
    public void Write_FailsMidway_PreviousFileKeptAndNoTemporaryLeft()
    {
        // Given a complete file, and a sink that fails after 3 bytes (a full disk)
        Directory.CreateDirectory(_dir);
        File.WriteAllText(Path.Combine(_dir, "a.csv"), "old\n");
        FileSink.Wrap = file => new FailingAfter(file, 3);

        // When a set rewrites it and the write throws
        Assert.Throws<IOException>(() =>
        {
            using var files = new AtomicFileSet(_dir);
            files.Write("a.csv", "new content\n");
            files.Commit();
        });

        // Then the old file is whole and the half-written temporary is gone (it was left behind before)
        Assert.That(File.ReadAllText(Path.Combine(_dir, "a.csv")), Is.EqualTo("old\n"));
        Assert.That(Directory.GetFiles(_dir).Select(Path.GetFileName), Is.EqualTo(new[] { "a.csv" }));
    }

    /// <summary>Writes through to the file until <paramref name="space"/> bytes, then throws like a full disk.</summary>
    private sealed class FailingAfter(FileStream file, long space) : Stream
    {
        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => file.Length;
        public override long Position { get => file.Position; set => throw new NotSupportedException(); }
        public override void Flush() => file.Flush();
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            var fits = (int)Math.Min(buffer.Length, space);
            file.Write(buffer[..fits]);
            space -= fits;
            if (fits < buffer.Length) throw new IOException("No space left on device (simulated)");
        }
    }
}
