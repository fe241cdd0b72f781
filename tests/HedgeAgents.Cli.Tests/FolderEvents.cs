using System.Diagnostics;

namespace HedgeAgents.Cli.Tests;

/// <summary>Waits on events, not on sleeps: until a condition on the files below a folder holds, or a process exits.</summary>
internal static class FolderEvents
{
    /// <summary>Creates <paramref name="root"/> if needed and blocks until <paramref name="condition"/> holds, re-checking
    /// it whenever a file or folder below <paramref name="root"/> is created, renamed or written, and when
    /// <paramref name="process"/> exits. True when the condition holds, false when the process exited first. A folder
    /// created a moment before a file in it can hide that file's event (inotify watches a new folder only once it
    /// sees it), so each wait also ends after a second and the condition is read again.</summary>
    public static bool WaitUntil(string root, Func<bool> condition, Process process)
    {
        Directory.CreateDirectory(root);
        var changed = new SemaphoreSlim(0);
        void Wake() => changed.Release();
        using var watcher = new FileSystemWatcher(root)
        {
            IncludeSubdirectories = true,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite,
        };
        watcher.Created += (_, _) => Wake();
        watcher.Renamed += (_, _) => Wake();
        watcher.Changed += (_, _) => Wake();
        process.EnableRaisingEvents = true;
        process.Exited += (_, _) => Wake();
        watcher.EnableRaisingEvents = true;
        while (!condition())
        {
            if (process.HasExited) return condition();
            changed.Wait(TimeSpan.FromSeconds(1));
        }
        return true;
    }

    /// <summary>The number of chunks a sweep into <paramref name="target"/> has committed.</summary>
    public static int CommittedChunks(string target)
    {
        var folder = Path.Combine(target, ".sweep", "chunks");
        return Directory.Exists(folder) ? Directory.GetFiles(folder, "*.csv").Length : 0;
    }
}
