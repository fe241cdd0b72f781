using System.Globalization;
using System.Text;
using System.Text.Json;
using HedgeAgents.Experiments.Output;

namespace HedgeAgents.Experiments.Sweeps.Output;

/// <summary>The finished output of one shard: <c>part.csv</c> (its runs.csv rows, no header), <c>part.head.json</c>
/// (the manifest head the merged sweep will carry) and <c>part.json</c> (its range, the runs.csv header, the
/// fingerprint shared by all shards of one sweep, and hashes), which is written last and so marks the part complete.</summary>
public sealed record SweepPart(int Index, int Count, long Start, long End, long Runs, string Header, string Fingerprint, string RowsSha256, string HeadSha256)
{
    /// <summary>The marker file's name.</summary>
    public const string MarkerFile = "part.json";

    /// <summary>Writes a shard's part files from its committed chunks.</summary>
    public static SweepPart Write(string directory, Shard shard, long start, long end, long runs, string header, string fingerprint,
        IEnumerable<string> rowFiles, byte[] head)
    {
        // The folder is held by the sweep's lock: temporary files in it are a crashed attempt's.
        AtomicFile.RemoveLeftovers(directory);
        string rowsHash, headHash;
        using (var files = new AtomicFileSet(directory, durable: true))
        {
            rowsHash = files.Write("part.csv", stream =>
            {
                foreach (var file in rowFiles)
                {
                    using var chunk = File.OpenRead(file);
                    chunk.CopyTo(stream);
                }
            });
            headHash = files.Write("part.head.json", head);
            files.Commit();
        }
        var part = new SweepPart(shard.Index, shard.Count, start, end, runs, header, fingerprint, rowsHash, headHash);
        AtomicFile.WriteAllText(Path.Combine(directory, MarkerFile), JsonSerializer.Serialize(part, new JsonSerializerOptions { WriteIndented = true }) + "\n", durable: true);
        return part;
    }

    /// <summary>Reads a part's marker; null when the part is not complete.</summary>
    public static SweepPart? Read(string directory)
    {
        var marker = Path.Combine(directory, MarkerFile);
        if (!File.Exists(marker)) return null;
        try
        {
            return JsonSerializer.Deserialize<SweepPart>(File.ReadAllText(marker, Encoding.UTF8));
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>Describes the part for messages.</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"part {Index}/{Count} (runs {Start}–{End - 1})");
}
