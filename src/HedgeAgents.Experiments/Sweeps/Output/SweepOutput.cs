using HedgeAgents.Experiments.Output;

namespace HedgeAgents.Experiments.Sweeps.Output;

/// <summary>Assembles a sweep's final files from its rows, streaming: runs.csv (the header, then the row files in
/// order), points.csv and runs.parquet (read back from runs.csv), and manifest.json. Everything is written under
/// temporary names and renamed at the end, so the folder never shows a half-written file.</summary>
public static class SweepOutput
{
    /// <summary>The data files of a finished sweep, in the order of the manifest.</summary>
    public static readonly string[] DataFiles = ["points.csv", "runs.csv", "runs.parquet"];

    /// <summary>Writes the final files of a sweep into <paramref name="directory"/>; returns their hashes.</summary>
    /// <remarks>Which parameter columns hold text (text axes) is read from the manifest head, which a merge has too.</remarks>
    public static IReadOnlyDictionary<string, string> Write(string directory, string header, IEnumerable<string> rowFiles, byte[] manifestHead)
    {
        var textParameters = SweepManifest.TextParameters(manifestHead);
        // The folder is held by the sweep's lock: temporary files in it are a crashed attempt's.
        AtomicFile.RemoveLeftovers(directory);
        using var files = new AtomicFileSet(directory, durable: true);
        var hashes = new SortedDictionary<string, string>(StringComparer.Ordinal)
        {
            ["runs.csv"] = files.Write("runs.csv", stream =>
            {
                var bytes = System.Text.Encoding.UTF8.GetBytes(header);
                stream.Write(bytes);
                foreach (var file in rowFiles)
                {
                    using var part = File.OpenRead(file);
                    part.CopyTo(stream);
                }
            }),
        };
        var runsTemp = files.TemporaryPath("runs.csv");
        hashes["points.csv"] = files.Write("points.csv", stream =>
        {
            using var reader = new StreamReader(runsTemp);
            using var writer = new StreamWriter(stream, new System.Text.UTF8Encoding(false), 1 << 16, leaveOpen: true) { NewLine = "\n" };
            PointsTable.Write(reader, writer, textParameters);
        });
        // Parquet writes its footer by seeking, so it goes to the file first and is hashed from there.
        hashes["runs.parquet"] = files.WriteSeekable("runs.parquet", stream =>
        {
            using var reader = new StreamReader(runsTemp);
            RunsParquet.WriteAsync(reader, stream, textParameters: textParameters).GetAwaiter().GetResult();
        });
        files.Write("manifest.json", SweepManifest.Complete(manifestHead, hashes));
        files.Commit();
        return hashes;
    }
}
