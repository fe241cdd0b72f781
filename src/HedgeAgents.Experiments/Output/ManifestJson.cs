using System.Text.Encodings.Web;
using System.Text.Json;

namespace HedgeAgents.Experiments.Output;

/// <summary>The frame every manifest shares: tool, version, git commit and the reproducing command first, the data
/// files' hashes last, the verb's own fields between. No clock, so the same command gives the same bytes.</summary>
public static class ManifestJson
{
    /// <summary>Writes a manifest as indented UTF-8 JSON ending in a newline.</summary>
    /// <param name="source">The input file whose git commit is recorded, if any.</param>
    public static byte[] Write(string? source, string command, IReadOnlyDictionary<string, string> hashes, Action<Utf8JsonWriter> body)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("tool", "hedge");
            json.WriteString("version", ResultWriter.ToolVersion);
            var commit = source is null ? null : GitInfo.CommitOf(source);
            if (commit is null) json.WriteNull("gitCommit");
            else json.WriteString("gitCommit", commit);
            json.WriteString("command", command);
            body(json);
            json.WriteStartObject("files");
            foreach (var (name, hash) in hashes) json.WriteString(name, hash);
            json.WriteEndObject();
            json.WriteEndObject();
        }
        stream.WriteByte((byte)'\n');
        return stream.ToArray();
    }
}
