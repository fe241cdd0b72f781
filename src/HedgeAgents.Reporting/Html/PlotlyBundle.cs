using HedgeAgents.Experiments.Output;

namespace HedgeAgents.Reporting.Html;

/// <summary>The one copy of plotly.js the figures of a results tree share: taken from the bundle Plotly.NET embeds, so
/// figures work offline without inlining 3.6 MB into each file.</summary>
internal static class PlotlyBundle
{
    /// <summary>The bundle's file name.</summary>
    public const string FileName = "plotly.min.js";

    /// <summary>Where the bundle goes for a figures folder: <c>&lt;results&gt;/assets/</c> when the results folder lies
    /// under a folder named <c>results</c>, else <c>&lt;figures&gt;/assets/</c>.</summary>
    public static string AssetsFolder(string resultsFolder, string figuresFolder)
    {
        for (var dir = new DirectoryInfo(Path.GetFullPath(resultsFolder)); dir is not null; dir = dir.Parent)
            if (dir.Name == "results") return Path.Combine(dir.FullName, "assets");
        return Path.Combine(Path.GetFullPath(figuresFolder), "assets");
    }

    /// <summary>Writes the bundle into <paramref name="assets"/> (unchanged when already there) and returns its path.</summary>
    public static string Ensure(string assets)
    {
        var path = Path.Combine(assets, FileName);
        AtomicFile.WriteIfChanged(path, Bytes.Value);
        return path;
    }

    /// <summary>The link from an HTML file in <paramref name="figuresFolder"/> to the bundle, with forward slashes.</summary>
    public static string RelativeLink(string figuresFolder, string bundle) =>
        Path.GetRelativePath(Path.GetFullPath(figuresFolder), bundle).Replace('\\', '/');

    private static readonly Lazy<byte[]> Bytes = new(() =>
    {
        var assembly = typeof(Plotly.NET.GenericChart).Assembly;
        var name = assembly.GetManifestResourceNames().SingleOrDefault(n => n.StartsWith("Plotly.NET.plotly-", StringComparison.Ordinal)
            && n.EndsWith(".min.js", StringComparison.Ordinal))
            ?? throw new InvalidOperationException("Plotly.NET no longer embeds plotly-<version>.min.js; update PlotlyBundle");
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    });
}
