using System.Diagnostics;
using HedgeAgents.Experiments.Output;

namespace HedgeAgents.Reporting.Png;

/// <summary>PNG screenshots of figure pages through headless Chromium, when it is installed.</summary>
public static class Chromium
{
    /// <summary>How to install Chromium, for the message when it is missing.</summary>
    public const string InstallHint =
        "install Chromium: 'apt-get install chromium' (Debian/Ubuntu) or 'brew install --cask chromium' (macOS), then run again";

    /// <summary>The chromium executable on PATH, or null.</summary>
    public static string? Find()
    {
        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            foreach (var name in new[] { "chromium", "chromium-browser" })
            {
                var path = Path.Combine(dir, name);
                if (File.Exists(path)) return path;
            }
        }
        return null;
    }

    /// <summary>Renders <paramref name="html"/> to <paramref name="png"/> at the figure size; throws with Chromium's output on failure.</summary>
    public static void Screenshot(string chromium, string html, string png)
    {
        var profile = Path.Combine(Path.GetTempPath(), "hedge-chromium-" + Guid.NewGuid().ToString("N"));
        // Chromium writes the screenshot itself, to a temporary name of the set (ending in .png, which it needs).
        using var files = new AtomicFileSet(Path.GetDirectoryName(Path.GetFullPath(png))!);
        var temp = files.Reserve(Path.GetFileName(png), ".png");
        try
        {
            var start = new ProcessStartInfo(chromium)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (var arg in new[]
            {
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--hide-scrollbars",
                $"--user-data-dir={profile}", $"--screenshot={temp}",
                $"--window-size={Figures.FigureJson.Width},{Figures.FigureJson.Height}",
                new Uri(Path.GetFullPath(html)).AbsoluteUri,
            }) start.ArgumentList.Add(arg);
            using var process = Process.Start(start)!;
            var stderr = process.StandardError.ReadToEndAsync();
            _ = process.StandardOutput.ReadToEndAsync();
            if (!process.WaitForExit(TimeSpan.FromSeconds(60)))
            {
                process.Kill(entireProcessTree: true);
                throw new IOException($"chromium took more than 60 s to render {html}");
            }
            if (process.ExitCode != 0 || !File.Exists(temp))
                throw new IOException($"chromium failed on {html} (exit {process.ExitCode}): {stderr.Result.Trim()}");
            files.Commit();
        }
        finally
        {
            if (Directory.Exists(profile)) Directory.Delete(profile, recursive: true);
        }
    }
}
