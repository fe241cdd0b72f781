using HedgeAgents.Core.Games;
using HedgeAgents.Experiments.Config;
using HedgeAgents.Experiments.Games;

namespace HedgeAgents.Experiments.Tests.Games;

/// <summary>Where the shipped files are, and helpers for tests that load games.</summary>
internal static class GameTestSupport
{
    public static string Root { get; } = FindRoot();

    public static string GamesFolder => Path.Combine(Root, "experiments", "games");

    /// <summary>The errors loading reports; fails the test if the text loads.</summary>
    public static IReadOnlyList<ConfigError> Errors(string yaml)
    {
        var e = Assert.Throws<ConfigException>(() => GameLoader.LoadFromText(yaml, "game.yaml"));
        return e!.Errors;
    }

    /// <summary>Every payoff of every player at every profile, in profile order.</summary>
    public static double[] Payoffs(NormalFormGame game) =>
        [.. Enumerable.Range(0, game.ProfileCount).SelectMany(i => Enumerable.Range(0, game.PlayerCount).Select(p => game.Payoff(p, i)))];

    /// <summary>Asserts two games have the same name, players, labels and payoffs (bit for bit).</summary>
    public static void AssertSame(NormalFormGame actual, NormalFormGame expected)
    {
        Assert.That(actual.Name, Is.EqualTo(expected.Name));
        Assert.That(actual.Players, Is.EqualTo(expected.Players));
        Assert.That(actual.Actions.Select(a => a.ToArray()), Is.EqualTo(expected.Actions.Select(a => a.ToArray())));
        Assert.That(Payoffs(actual).Select(BitConverter.DoubleToInt64Bits), Is.EqualTo(Payoffs(expected).Select(BitConverter.DoubleToInt64Bits)));
    }

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(TestContext.CurrentContext.TestDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "HedgeAgents.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("HedgeAgents.sln not found above the test directory");
    }
}
