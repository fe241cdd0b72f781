using System.Security.Cryptography;
using System.Text;
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

    [Test]
    public void Commit_ThreeWaysOfWriting_FinalFilesHoldTheBytesAndTheHashesAreTheirs()
    {
        // Given a set written as text, as a stream and as a seekable stream that goes back to patch its start
        string[] hashes;
        using (var files = new AtomicFileSet(_dir, durable: true))
        {
            hashes =
            [
                files.Write("a.txt", "alpha\n"),
                files.Write("b.txt", stream => stream.Write("beta\n"u8)),
                files.WriteSeekable("c.bin", stream =>
                {
                    stream.Write("xamma\n"u8);
                    stream.Position = 0;
                    stream.Write("g"u8);
                }),
            ];

            // When nothing is committed yet, Then no final name exists
            Assert.That(Directory.GetFiles(_dir), Has.Length.EqualTo(3).And.All.Contain(AtomicFile.TempMarker));
            files.Commit();
        }

        // Then (committed) the files hold what was written, each hash is the SHA-256 of its file, and no temporary is left
        string[] expected = ["alpha\n", "beta\n", "gamma\n"];
        string[] names = ["a.txt", "b.txt", "c.bin"];
        for (var i = 0; i < names.Length; i++)
        {
            var bytes = File.ReadAllBytes(Path.Combine(_dir, names[i]));
            Assert.That(Encoding.UTF8.GetString(bytes), Is.EqualTo(expected[i]), names[i]);
            Assert.That(hashes[i], Is.EqualTo(Convert.ToHexStringLower(SHA256.HashData(bytes))), names[i]);
        }
        Assert.That(Directory.GetFiles(_dir).Select(Path.GetFileName), Is.EquivalentTo(names));
    }

    [Test]
    public void Dispose_NotCommitted_DeletesTemporariesAndKeepsThePreviousFiles()
    {
        // Given a folder with a complete file
        Directory.CreateDirectory(_dir);
        File.WriteAllText(Path.Combine(_dir, "a.csv"), "old\n");

        // When a set writes it and a reserved file, reads one back before the commit, and is disposed uncommitted
        using (var files = new AtomicFileSet(_dir))
        {
            files.Write("a.csv", "new\n");
            var reserved = files.Reserve("shot.png", ".png");
            File.WriteAllText(reserved, "png");
            Assert.That(File.ReadAllText(files.TemporaryPath("a.csv")), Is.EqualTo("new\n"));
            Assert.That(reserved, Does.EndWith(".png").And.Contain(AtomicFile.TempMarker));
        }

        // Then only the previous file is there, unchanged
        Assert.That(Directory.GetFiles(_dir).Select(Path.GetFileName), Is.EqualTo(new[] { "a.csv" }));
        Assert.That(File.ReadAllText(Path.Combine(_dir, "a.csv")), Is.EqualTo("old\n"));
    }

    [Test]
    public void Write_TwoSetsWritingOnePath_UseTheirOwnTemporaryNames()
    {
        // Given two sets writing the same file at once (two threads writing the shared plotly.js)
        using var first = new AtomicFileSet(_dir);
        using var second = new AtomicFileSet(_dir);
        first.Write("plotly.min.js", "one");
        second.Write("plotly.min.js", "two");

        // When both commit / Then each renamed its own complete file, and the last one wins
        Assert.That(first.TemporaryPath("plotly.min.js"), Is.Not.EqualTo(second.TemporaryPath("plotly.min.js")));
        first.Commit();
        second.Commit();
        Assert.That(File.ReadAllText(Path.Combine(_dir, "plotly.min.js")), Is.EqualTo("two"));
        Assert.That(Directory.GetFiles(_dir), Has.Length.EqualTo(1));
    }

    [Test]
    public void Commit_WithAUnixMode_TheFinalFileHasIt()
    {
        if (OperatingSystem.IsWindows()) Assert.Ignore("Unix file modes");

        // Given a script written with mode rwxr-x---
        const UnixFileMode mode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute
                                  | UnixFileMode.GroupRead | UnixFileMode.GroupExecute;
        using (var files = new AtomicFileSet(_dir))
        {
            files.Write("run.sh", "#!/bin/sh\n"u8.ToArray(), mode);
            files.Commit();
        }

        // Then the final file has exactly that mode
        if (!OperatingSystem.IsWindows()) Assert.That(File.GetUnixFileMode(Path.Combine(_dir, "run.sh")), Is.EqualTo(mode));
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
