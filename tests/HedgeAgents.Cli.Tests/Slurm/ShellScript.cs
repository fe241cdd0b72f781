namespace HedgeAgents.Cli.Tests.Slurm;

/// <summary>Writes small executable shell scripts: stand-ins for hedge and sbatch.</summary>
internal static class ShellScript
{
    public static void Write(string path, string text)
    {
        File.WriteAllText(path, text);
        // Only POSIX systems run these; on Windows the tests that need them fail at the shell anyway.
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
    }
}
