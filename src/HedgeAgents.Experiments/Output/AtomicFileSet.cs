using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace HedgeAgents.Experiments.Output;

/// <summary>The one way output is written atomically: each file under a temporary name in its own folder (through
/// <see cref="FileSink"/>), flushed to the disk when <c>durable</c>, and renamed to its final name only when every file
/// of the set is complete. A failed or interrupted write leaves no half-written file and the previous files as they
/// were; disposing a set that was not committed deletes its temporary files. <see cref="AtomicFile"/> writes one file.</summary>
/// <remarks>Temporary names are <c>&lt;name&gt;.tmp-&lt;process&gt;-&lt;n&gt;</c>: unique per write, so two writers of one
/// path (two processes, or two threads writing the shared plotly.js) never fill each other's file; the last rename wins
/// with a complete file. <see cref="AtomicFile.RemoveLeftovers"/> deletes those a crash left.</remarks>
public sealed class AtomicFileSet : IDisposable
{
    private static long _writes;

    private readonly string _directory;
    private readonly bool _durable;
    private readonly List<(string Temp, string Final, UnixFileMode? Mode)> _pending = [];
    private bool _committed;

    /// <summary>Prepares writing into <paramref name="directory"/> (created at the first write); with
    /// <paramref name="durable"/> every file is flushed to the disk before it is renamed, so a power loss cannot leave
    /// a final name on an incomplete file (for state that a resume trusts).</summary>
    public AtomicFileSet(string directory, bool durable = false)
    {
        _directory = directory;
        _durable = durable;
    }

    /// <summary>Writes a file's content (UTF-8, no byte order mark) under a temporary name; returns its SHA-256 in hex.</summary>
    public string Write(string name, string content) => Write(name, Encoding.UTF8.GetBytes(content));

    /// <summary>Writes bytes under a temporary name, with <paramref name="mode"/> (on Unix) when given; returns their
    /// SHA-256 in hex.</summary>
    public string Write(string name, byte[] bytes, UnixFileMode? mode = null)
    {
        var temp = Add(name, "", mode);
        using (var file = Create(temp, FileAccess.Write))
        {
            var stream = FileSink.Open(file);
            stream.Write(bytes);
            stream.Flush();
            file.Flush(_durable);
        }
        return Convert.ToHexStringLower(SHA256.HashData(bytes));
    }

    /// <summary>Writes a file under a temporary name through a callback that fills the stream (streamed, for files too
    /// large to hold); returns the SHA-256 in hex of what was written.</summary>
    public string Write(string name, Action<Stream> fill)
    {
        var temp = Add(name, "", null);
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        using (var file = Create(temp, FileAccess.Write))
        {
            using (var hashing = new HashingStream(FileSink.Open(file), sha)) fill(hashing);
            file.Flush(_durable);
        }
        return Convert.ToHexStringLower(sha.GetHashAndReset());
    }

    /// <summary>Writes a file under a temporary name through a callback given a seekable stream (for formats that go
    /// back to write a footer, such as Parquet); returns the SHA-256 in hex of the file, read back.</summary>
    public string WriteSeekable(string name, Action<Stream> fill)
    {
        var temp = Add(name, "", null);
        using var file = Create(temp, FileAccess.ReadWrite);
        var stream = FileSink.Open(file);
        fill(stream);
        stream.Flush();
        file.Flush(_durable);
        file.Position = 0;
        return Convert.ToHexStringLower(SHA256.HashData(file));
    }

    /// <summary>A temporary path, ending in <paramref name="extension"/>, for a file that another writer (e.g. an
    /// external program) fills; renamed to <paramref name="name"/> on commit, deleted otherwise.</summary>
    public string Reserve(string name, string extension = "") => Add(name, extension, null);

    /// <summary>The temporary path of a file written to this set, to read it back before the commit.</summary>
    public string TemporaryPath(string name)
    {
        var final = Path.Combine(_directory, name);
        var index = _pending.FindIndex(p => p.Final == final);
        return index >= 0 ? _pending[index].Temp : throw new InvalidOperationException($"{name} was not written to this set");
    }

    /// <summary>Renames every temporary file to its final name, in the order written.</summary>
    public void Commit()
    {
        foreach (var (temp, final, mode) in _pending)
        {
            if (mode is { } m && !OperatingSystem.IsWindows()) File.SetUnixFileMode(temp, m);
            File.Move(temp, final, overwrite: true);
        }
        _committed = true;
    }

    /// <summary>Deletes temporary files that were not committed.</summary>
    public void Dispose()
    {
        if (_committed) return;
        foreach (var (temp, _, _) in _pending)
            if (File.Exists(temp)) File.Delete(temp);
    }

    private string Add(string name, string extension, UnixFileMode? mode)
    {
        if (_committed) throw new InvalidOperationException("the set is already committed");
        Directory.CreateDirectory(_directory);
        var final = Path.Combine(_directory, name);
        var temp = final + AtomicFile.TempMarker + Environment.ProcessId.ToString(CultureInfo.InvariantCulture)
                   + "-" + Interlocked.Increment(ref _writes).ToString(CultureInfo.InvariantCulture) + extension;
        // Listed before writing, so a write that fails midway (a full disk) leaves no temporary file behind either.
        _pending.Add((temp, final, mode));
        return temp;
    }

    private static FileStream Create(string path, FileAccess access) =>
        new(path, FileMode.Create, access, FileShare.None, 1 << 16);
}
