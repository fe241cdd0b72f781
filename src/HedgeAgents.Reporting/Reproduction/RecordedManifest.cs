using System.Text.Json;

namespace HedgeAgents.Reporting.Reproduction;

/// <summary>What reproduction needs from a results folder's manifest.json: the command that made the folder,
/// the SHA-256 of each data file it wrote, by file name, and of each input data file the experiment read
/// (<c>experiment.data</c>, by path as the experiment names it; empty when it read none).</summary>
public sealed record RecordedManifest(string Command, IReadOnlyDictionary<string, string> Files)
{
    /// <summary>The input data files (a <c>series:</c> reads them) and their SHA-256, by path as written in the experiment.</summary>
    public IReadOnlyDictionary<string, string> Inputs { get; init; } = new SortedDictionary<string, string>(StringComparer.Ordinal);

    /// <summary>The manifest's file name in every results folder.</summary>
    public const string FileName = "manifest.json";

    /// <summary>Reads <c>manifest.json</c> in <paramref name="folder"/>.</summary>
    /// <exception cref="FileNotFoundException">The folder has no manifest.</exception>
    /// <exception cref="InvalidDataException">The manifest is not JSON or lacks a command or files.</exception>
    public static RecordedManifest Read(string folder)
    {
        var path = Path.Combine(folder, FileName);
        if (!File.Exists(path)) throw new FileNotFoundException($"{path}: no such file (every results folder has one)", path);
        try
        {
            using var doc = JsonDocument.Parse(File.ReadAllBytes(path));
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object) throw Invalid(path, "not a JSON object");
            if (!root.TryGetProperty("command", out var command) || command.ValueKind != JsonValueKind.String)
                throw Invalid(path, "no \"command\" string");
            if (!root.TryGetProperty("files", out var files) || files.ValueKind != JsonValueKind.Object)
                throw Invalid(path, "no \"files\" object");
            var hashes = new SortedDictionary<string, string>(StringComparer.Ordinal);
            foreach (var file in files.EnumerateObject())
            {
                // A name with a folder in it could reach outside the results folder; writers never produce one.
                if (file.Value.ValueKind != JsonValueKind.String || file.Name.Length == 0 || Path.GetFileName(file.Name) != file.Name)
                    throw Invalid(path, $"files: \"{file.Name}\" must be a plain file name with a SHA-256 string");
                hashes[file.Name] = file.Value.GetString()!;
            }
            var inputs = new SortedDictionary<string, string>(StringComparer.Ordinal);
            if (root.TryGetProperty("experiment", out var experiment) && experiment.ValueKind == JsonValueKind.Object
                && experiment.TryGetProperty("data", out var data))
            {
                if (data.ValueKind != JsonValueKind.Object) throw Invalid(path, "experiment.data must be an object of file → SHA-256");
                foreach (var file in data.EnumerateObject())
                {
                    if (file.Value.ValueKind != JsonValueKind.String) throw Invalid(path, $"experiment.data: \"{file.Name}\" must map to a SHA-256 string");
                    inputs[file.Name] = file.Value.GetString()!;
                }
            }
            return new RecordedManifest(command.GetString()!, hashes) { Inputs = inputs };
        }
        catch (JsonException e)
        {
            throw Invalid(path, "not valid JSON: " + e.Message);
        }
    }

    private static InvalidDataException Invalid(string path, string problem) => new($"{path}: {problem}");
}
