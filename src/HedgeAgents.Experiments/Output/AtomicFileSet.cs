using System.Security.Cryptography;
using System.Text;

namespace HedgeAgents.Experiments.Output;

/// <summary>Writes a set of files under temporary names and renames them only when all are complete,
/// so a failed or interrupted run leaves nothing half-written.</summary>
public sealed class AtomicFileSet : IDisposable
{
    private readonly string _directory;
    private readonly List<(string Temp, string Final)> _pending = [];
    private bool _committed;

    /// <summary>Prepares writing into <paramref name="directory"/> (created on commit).</summary>
    public AtomicFileSet(string directory) => _directory = directory;

    /// <summary>Writes a file's content under a temporary name; returns its SHA-256 in hex.</summary>
    public string Write(string name, string content) => Write(name, Encoding.UTF8.GetBytes(content));

    /// <summary>Writes bytes under a temporary name; returns their SHA-256 in hex.</summary>
    public string Write(string name, byte[] bytes)
    {
        Directory.CreateDirectory(_directory);
        var final = Path.Combine(_directory, name);
        var temp = final + ".tmp-" + Environment.ProcessId;
        // Listed before writing, so a write that fails midway (a full disk) leaves no temporary file behind either.
        _pending.Add((temp, final));
        FileSink.WriteAllBytes(temp, bytes, flushToDisk: false);
        return Convert.ToHexStringLower(SHA256.HashData(bytes));
    }

    /// <summary>Renames every temporary file to its final name.</summary>
    public void Commit()
    {
        foreach (var (temp, final) in _pending) File.Move(temp, final, overwrite: true);
        _committed = true;
    }

    /// <summary>Deletes temporary files that were not committed.</summary>
    public void Dispose()
    {
        if (_committed) return;
        foreach (var (temp, _) in _pending)
            if (File.Exists(temp)) File.Delete(temp);
    }
}
