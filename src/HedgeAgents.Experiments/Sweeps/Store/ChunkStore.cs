using System.Globalization;
using HedgeAgents.Experiments.Output;

namespace HedgeAgents.Experiments.Sweeps.Store;

/// <summary>The committed chunks of a sweep in progress, in <c>.sweep/</c> of its folder: the plan's fingerprint
/// and one file of runs.csv rows per chunk, named by its range of runs. A chunk file exists only when complete.</summary>
public sealed class ChunkStore
{
    /// <summary>The folder of the state, inside the sweep's folder.</summary>
    public const string StateFolder = ".sweep";

    private readonly string _state;
    private readonly string _chunks;

    /// <summary>The store of a sweep folder.</summary>
    public ChunkStore(string directory)
    {
        _state = Path.Combine(directory, StateFolder);
        _chunks = Path.Combine(_state, "chunks");
    }

    /// <summary>Whether an unfinished sweep left its state here.</summary>
    public bool Exists => File.Exists(FingerprintPath);

    private string FingerprintPath => Path.Combine(_state, "plan.txt");

    /// <summary>The fingerprint the sweep began with.</summary>
    public string ReadFingerprint() => File.ReadAllText(FingerprintPath);

    /// <summary>Starts afresh: removes any old state and records the fingerprint.</summary>
    public void Begin(string fingerprint)
    {
        Delete();
        Directory.CreateDirectory(_chunks);
        AtomicFile.WriteAllText(FingerprintPath, fingerprint, durable: true);
    }

    /// <summary>Prepares to continue: removes the temporary files of a crashed write.</summary>
    public void Reopen()
    {
        Directory.CreateDirectory(_chunks);
        AtomicFile.RemoveLeftovers(_chunks);
    }

    /// <summary>Whether the chunk [start, end) is committed.</summary>
    public bool IsDone(long start, long end) => File.Exists(ChunkPath(start, end));

    /// <summary>Commits a chunk's rows durably.</summary>
    public void Commit(long start, long end, string rows) => AtomicFile.WriteAllText(ChunkPath(start, end), rows, durable: true);

    /// <summary>Every committed chunk's range, in order.</summary>
    public IReadOnlyList<(long Start, long End)> Chunks()
    {
        if (!Directory.Exists(_chunks)) return [];
        var ranges = new List<(long, long)>();
        foreach (var file in Directory.EnumerateFiles(_chunks, "*.csv"))
        {
            var name = Path.GetFileNameWithoutExtension(file).Split('-');
            if (name.Length == 2 && long.TryParse(name[0], NumberStyles.None, CultureInfo.InvariantCulture, out var s)
                && long.TryParse(name[1], NumberStyles.None, CultureInfo.InvariantCulture, out var e))
                ranges.Add((s, e));
        }
        ranges.Sort();
        return ranges;
    }

    /// <summary>Runs committed within [start, end).</summary>
    public long DoneRuns(long start, long end) =>
        Chunks().Sum(c => Math.Max(0, Math.Min(end, c.End) - Math.Max(start, c.Start)));

    /// <summary>The chunk files that cover [start, end) exactly, in order.</summary>
    /// <exception cref="InvalidOperationException">A run of the range is missing or a chunk overlaps another.</exception>
    public IReadOnlyList<string> Covering(long start, long end)
    {
        var files = new List<string>();
        var next = start;
        foreach (var (s, e) in Chunks().Where(c => c.End > start && c.Start < end))
        {
            if (s != next) throw new InvalidOperationException($"runs {next}–{s - 1} are missing from {_chunks}");
            files.Add(ChunkPath(s, e));
            next = e;
        }
        if (next != end) throw new InvalidOperationException($"runs {next}–{end - 1} are missing from {_chunks}");
        return files;
    }

    /// <summary>Removes the state.</summary>
    public void Delete()
    {
        if (Directory.Exists(_state)) Directory.Delete(_state, recursive: true);
    }

    private string ChunkPath(long start, long end) =>
        Path.Combine(_chunks, string.Create(CultureInfo.InvariantCulture, $"{start:D12}-{end:D12}.csv"));
}
