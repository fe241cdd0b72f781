namespace HedgeAgents.Cli.Commands.Slurm;

/// <summary>How a batch script starts <c>hedge</c> on a compute node: absolute paths, because the job runs on another
/// machine that sees the same shared file system, not the same PATH or current folder.</summary>
internal static class HedgeExecutable
{
    /// <summary>The running program when it is a <c>hedge</c> executable (published, or the apphost that
    /// <c>dotnet run</c> starts); otherwise <c>dotnet</c> and this assembly's dll (tests, <c>dotnet hedge.dll</c>).</summary>
    public static IReadOnlyList<string> Current()
    {
        var process = Environment.ProcessPath;
        if (process is not null && Path.GetFileNameWithoutExtension(process) == "hedge") return [process];
        return [Dotnet(process), typeof(CliApp).Assembly.Location];
    }

    /// <summary>The words for a user's <c>--hedge PATH</c>: a dll is run with <c>dotnet</c>, anything else as it is.</summary>
    public static IReadOnlyList<string> FromOption(string path)
    {
        var full = Path.GetFullPath(path);
        return full.EndsWith(".dll", StringComparison.OrdinalIgnoreCase) ? [Dotnet(Environment.ProcessPath), full] : [full];
    }

    private static string Dotnet(string? process)
    {
        if (process is not null && Path.GetFileNameWithoutExtension(process) == "dotnet") return process;
        // The SDK sets DOTNET_HOST_PATH for the processes it starts (dotnet test's test host among them).
        if (Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host) return host;
        var onPath = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, "dotnet")).FirstOrDefault(File.Exists);
        return onPath ?? "dotnet";
    }
}
