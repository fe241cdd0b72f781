namespace HedgeAgents.Experiments.Sweeps.Store;

/// <summary>Files that are either absent or complete: written under a temporary name, flushed to the disk, then
/// renamed, so a crash or power loss at any moment leaves no partial file under the final name.</summary>
public static class DurableFile
{
    /// <summary>The suffix of temporary files; leftovers of a crash are removed on resume.</summary>
    public const string TempSuffix = ".partial";

    /// <summary>Writes <paramref name="text"/> (UTF-8) to <paramref name="path"/> durably.</summary>
    public static void WriteAllText(string path, string text) => Write(path, stream =>
    {
        using var writer = new StreamWriter(stream, new System.Text.UTF8Encoding(false), 1 << 16, leaveOpen: true);
        writer.Write(text);
    });

    /// <summary>Writes a file durably through a callback that fills the stream.</summary>
    public static void Write(string path, Action<Stream> fill)
    {
        var temp = path + TempSuffix;
        using (var file = new FileStream(temp, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16))
        {
            var stream = Experiments.Output.FileSink.Open(file);
            fill(stream);
            stream.Flush();
            file.Flush(flushToDisk: true);
        }
        File.Move(temp, path, overwrite: true);
    }

    /// <summary>Deletes the temporary files a crash left in a folder.</summary>
    public static void RemoveLeftovers(string directory)
    {
        if (!Directory.Exists(directory)) return;
        foreach (var f in Directory.EnumerateFiles(directory, "*" + TempSuffix)) File.Delete(f);
    }
}
