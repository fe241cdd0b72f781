using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using HedgeAgents.Core.Games;
using HedgeAgents.Core.Parameters;
using HedgeAgents.Experiments.Output;

namespace HedgeAgents.Experiments.Learning;

/// <summary>The manifest of a repeated normal-form game: what was played, by which rules, with which seed, and the
/// hashes of the tables. No clock, so the same command gives the same bytes.</summary>
public static class LearnManifest
{
    /// <summary>The manifest as UTF-8 JSON.</summary>
    public static byte[] Write(GamePlayResult result, string? gameFile, IReadOnlyList<LearningSpec> specs, ulong seed,
        IReadOnlyDictionary<string, string> hashes, string command)
    {
        return ManifestJson.Write(gameFile, command, hashes, json =>
        {
            json.WriteStartObject("game");
            json.WriteString("name", result.Game.Name);
            if (gameFile is not null)
            {
                json.WriteString("file", Path.GetFileName(gameFile));
                if (File.Exists(gameFile))
                    json.WriteString("fileSha256", Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(gameFile))));
            }
            json.WriteEndObject();
            json.WriteString("seed", seed.ToString(CultureInfo.InvariantCulture));
            json.WriteNumber("rounds", result.Rounds);
            json.WriteNumber("tailRounds", result.TailRounds);
            json.WriteBoolean("sharedPopulation", result.SharedPopulation);
            json.WriteStartArray("players");
            for (var i = 0; i < result.Game.PlayerCount; i++)
            {
                json.WriteStartObject();
                json.WriteString("name", result.Game.Players[i]);
                json.WriteString("rule", specs[i].Rule);
                json.WriteStartObject("options");
                foreach (var (key, value) in specs[i].Options) json.WriteString(key, value);
                json.WriteEndObject();
                json.WriteString("ruleResolved", result.Players[i].Rule);
                json.WriteString("seed", SeedStream(seed, i));
                json.WriteEndObject();
            }
            json.WriteEndArray();
        });
    }

    private static string SeedStream(ulong seed, int player) =>
        Core.Random.SeedDerivation.StreamSeed(seed, player).ToString(CultureInfo.InvariantCulture);
}
