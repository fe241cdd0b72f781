using System.Globalization;

namespace HedgeAgents.Experiments.Sweeps.Store;

/// <summary>Exclusive hold on a sweep folder for as long as a sweep or merge writes into it. The operating system
/// drops the hold when the process dies, even by kill -9, so a crashed sweep never leaves the folder locked.</summary>
public sealed class SweepLock : IDisposable
{
    /// <summary>The lock file's name inside the folder.</summary>
    public const string FileName = ".sweep.lock";

    /// <summary>Who holds the folder: written beside the lock, since the lock itself cannot be read while held.</summary>
    public const string OwnerFileName = ".sweep.owner";

    private readonly FileStream _stream;
    private readonly string _owner;

    private SweepLock(FileStream stream, string owner)
    {
        _stream = stream;
        _owner = owner;
    }

    /// <summary>Takes the folder (creating it), or returns null and why when another process holds it.</summary>
    public static SweepLock? TryAcquire(string directory, string command, out string? heldBy)
    {
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, FileName);
        heldBy = null;
        try
        {
            // FileShare.None is an exclusive advisory lock (flock) on Unix and a share-mode lock on Windows.
            var stream = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            var owner = Path.Combine(directory, OwnerFileName);
            // Written aside and renamed, so a second sweep that finds the note never reads it half-written. Not
            // through the output writer: a fault there must not be mistaken for a busy folder.
            var note = $"{owner}.new-{Environment.ProcessId}";
            File.WriteAllText(note, string.Create(CultureInfo.InvariantCulture,
                $"pid {Environment.ProcessId} on {Environment.MachineName}: {command}\n"));
            File.Move(note, owner, overwrite: true);
            return new SweepLock(stream, owner);
        }
        catch (IOException)
        {
            var owner = Path.Combine(directory, OwnerFileName);
            heldBy = File.Exists(owner) ? File.ReadAllText(owner).Trim() : "another process";
            return null;
        }
    }

    /// <summary>Releases the folder. The empty lock file stays: deleting it would let a process that opened it just
    /// before the deletion lock a file no longer in the folder while a third locks a new one.</summary>
    public void Dispose()
    {
        if (File.Exists(_owner)) File.Delete(_owner);
        _stream.Dispose();
    }
}
