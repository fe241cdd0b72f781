namespace HedgeAgents.Reporting.Html;

/// <summary>Writes a file under a temporary name and renames it, so a reader never sees half a figure.</summary>
internal static class AtomicFile
{
    /// <summary>Writes the bytes to <paramref name="path"/> unless it already holds exactly them.</summary>
    public static void Write(string path, byte[] bytes)
    {
        if (File.Exists(path) && new FileInfo(path).Length == bytes.Length && File.ReadAllBytes(path).AsSpan().SequenceEqual(bytes)) return;
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var temp = path + ".tmp-" + Environment.ProcessId;
        File.WriteAllBytes(temp, bytes);
        File.Move(temp, path, overwrite: true);
    }
}
