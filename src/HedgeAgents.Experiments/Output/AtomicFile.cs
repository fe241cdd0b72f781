using System.Text;

namespace HedgeAgents.Experiments.Output;

/// <summary>One file written atomically: an <see cref="AtomicFileSet"/> of one, so a reader never sees half of it and a
/// failed write keeps the previous file.</summary>
public static class AtomicFile
{
    /// <summary>What marks a temporary name: <c>&lt;name&gt;.tmp-&lt;process&gt;-&lt;n&gt;</c>.</summary>
    public const string TempMarker = ".tmp-";

    /// <summary>Writes <paramref name="bytes"/> to <paramref name="path"/> atomically (flushed to the disk when
    /// <paramref name="durable"/>), with <paramref name="mode"/> (on Unix) when given.</summary>
    public static void Write(string path, byte[] bytes, bool durable = false, UnixFileMode? mode = null)
    {
        using var set = new AtomicFileSet(DirectoryOf(path), durable);
        set.Write(Path.GetFileName(path), bytes, mode);
        set.Commit();
    }

    /// <summary>Writes <paramref name="text"/> (UTF-8, no byte order mark) to <paramref name="path"/> atomically.</summary>
    public static void WriteAllText(string path, string text, bool durable = false) =>
        Write(path, Encoding.UTF8.GetBytes(text), durable);

    /// <summary>Writes <paramref name="bytes"/> to <paramref name="path"/> atomically unless it already holds exactly
    /// them, so an unchanged file keeps its time stamp.</summary>
    public static void WriteIfChanged(string path, byte[] bytes)
    {
        if (File.Exists(path) && new FileInfo(path).Length == bytes.Length && File.ReadAllBytes(path).AsSpan().SequenceEqual(bytes)) return;
        Write(path, bytes);
    }

    /// <summary>Deletes the temporary files a crash left in <paramref name="directory"/> (not in its subfolders); only
    /// for a folder no other writer is using, such as a sweep's under its lock.</summary>
    public static void RemoveLeftovers(string directory)
    {
        if (!Directory.Exists(directory)) return;
        foreach (var f in Directory.EnumerateFiles(directory, "*" + TempMarker + "*")) File.Delete(f);
    }

    private static string DirectoryOf(string path) => Path.GetDirectoryName(Path.GetFullPath(path))!;
}
