using System.Security.Cryptography;
using HedgeAgents.Experiments.Sweeps.Store;

namespace HedgeAgents.Experiments.Sweeps.Output;

/// <summary>Assembles a sweep's final files from its rows, streaming: runs.csv (the header, then the row files in
/// order), points.csv and runs.parquet (read back from runs.csv), and manifest.json. Everything is written under
/// temporary names and renamed at the end, so the folder never shows a half-written file.</summary>
public static class SweepOutput
{
    /// <summary>The data files of a finished sweep, in the order of the manifest.</summary>
    public static readonly string[] DataFiles = ["points.csv", "runs.csv", "runs.parquet"];

    /// <summary>Writes the final files of a sweep into <paramref name="directory"/>; returns their hashes.</summary>
    /// <remarks>Which parameter columns hold text (text axes) is read from the manifest head, which a merge has too.</remarks>
    public static IReadOnlyDictionary<string, string> Write(string directory, string header, IEnumerable<string> rowFiles, byte[] manifestHead)
    {
        var textParameters = SweepManifest.TextParameters(manifestHead);
        var runs = Path.Combine(directory, "runs.csv");
        var hashes = new SortedDictionary<string, string>(StringComparer.Ordinal)
        {
            ["runs.csv"] = Hashed(runs, stream =>
            {
                var bytes = System.Text.Encoding.UTF8.GetBytes(header);
                stream.Write(bytes);
                foreach (var file in rowFiles)
                {
                    using var part = File.OpenRead(file);
                    part.CopyTo(stream);
                }
            }),
        };
        var runsTemp = runs + DurableFile.TempSuffix;
        hashes["points.csv"] = Hashed(Path.Combine(directory, "points.csv"), stream =>
        {
            using var reader = new StreamReader(runsTemp);
            using var writer = new StreamWriter(stream, new System.Text.UTF8Encoding(false), 1 << 16, leaveOpen: true) { NewLine = "\n" };
            PointsTable.Write(reader, writer, textParameters);
        });
        // Parquet writes its footer by seeking, so it goes to the file first and is hashed from there.
        var parquet = Path.Combine(directory, "runs.parquet") + DurableFile.TempSuffix;
        using (var file = new FileStream(parquet, FileMode.Create, FileAccess.ReadWrite, FileShare.None, 1 << 16))
        {
            var stream = Experiments.Output.FileSink.Open(file);
            using (var reader = new StreamReader(runsTemp)) RunsParquet.WriteAsync(reader, stream, textParameters: textParameters).GetAwaiter().GetResult();
            stream.Flush();
            file.Flush(flushToDisk: true);
            file.Position = 0;
            hashes["runs.parquet"] = Convert.ToHexStringLower(SHA256.HashData(file));
        }
        var manifest = Path.Combine(directory, "manifest.json");
        Experiments.Output.FileSink.WriteAllBytes(manifest + DurableFile.TempSuffix, SweepManifest.Complete(manifestHead, hashes), flushToDisk: false);
        foreach (var name in DataFiles.Append("manifest.json"))
        {
            var path = Path.Combine(directory, name);
            File.Move(path + DurableFile.TempSuffix, path, overwrite: true);
        }
        return hashes;
    }

    /// <summary>Writes a file under its temporary name through a hashing stream, flushed to disk; returns its SHA-256.</summary>
    internal static string Hashed(string path, Action<Stream> fill)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        using (var file = new FileStream(path + DurableFile.TempSuffix, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16))
        {
            using (var hashing = new HashingStream(Experiments.Output.FileSink.Open(file), sha)) fill(hashing);
            file.Flush(flushToDisk: true);
        }
        return Convert.ToHexStringLower(sha.GetHashAndReset());
    }

    /// <summary>A write-only stream that hashes what passes through it.</summary>
    private sealed class HashingStream(Stream inner, IncrementalHash hash) : Stream
    {
        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => inner.Length;
        public override long Position { get => inner.Position; set => throw new NotSupportedException(); }
        public override void Flush() => inner.Flush();
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            hash.AppendData(buffer);
            inner.Write(buffer);
        }
    }
}
