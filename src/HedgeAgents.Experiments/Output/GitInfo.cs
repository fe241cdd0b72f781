namespace HedgeAgents.Experiments.Output;

/// <summary>The git commit of a checkout, read from .git without running git (null when unknown).</summary>
public static class GitInfo
{
    /// <summary>The commit of the repository that contains <paramref name="path"/>, or null.</summary>
    public static string? CommitOf(string path)
    {
        try
        {
            var dir = new DirectoryInfo(Path.GetFullPath(File.Exists(path) ? Path.GetDirectoryName(Path.GetFullPath(path))! : path));
            while (dir is not null && !Directory.Exists(Path.Combine(dir.FullName, ".git")) && !File.Exists(Path.Combine(dir.FullName, ".git")))
                dir = dir.Parent;
            if (dir is null) return null;
            var gitPath = Path.Combine(dir.FullName, ".git");
            if (File.Exists(gitPath))
            {
                // A worktree: ".git" is a file pointing at the real git dir.
                var line = File.ReadAllText(gitPath).Trim();
                if (!line.StartsWith("gitdir:", StringComparison.Ordinal)) return null;
                gitPath = Path.GetFullPath(Path.Combine(dir.FullName, line["gitdir:".Length..].Trim()));
            }
            var head = File.ReadAllText(Path.Combine(gitPath, "HEAD")).Trim();
            if (!head.StartsWith("ref:", StringComparison.Ordinal)) return head;
            var refName = head["ref:".Length..].Trim();
            foreach (var root in new[] { gitPath, CommonDir(gitPath) })
            {
                var refFile = Path.Combine(root, refName);
                if (File.Exists(refFile)) return File.ReadAllText(refFile).Trim();
                var packed = Path.Combine(root, "packed-refs");
                if (!File.Exists(packed)) continue;
                foreach (var l in File.ReadLines(packed))
                    if (l.EndsWith(" " + refName, StringComparison.Ordinal)) return l.Split(' ')[0];
            }
            return null;
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static string CommonDir(string gitPath)
    {
        var file = Path.Combine(gitPath, "commondir");
        return File.Exists(file) ? Path.GetFullPath(Path.Combine(gitPath, File.ReadAllText(file).Trim())) : gitPath;
    }
}
