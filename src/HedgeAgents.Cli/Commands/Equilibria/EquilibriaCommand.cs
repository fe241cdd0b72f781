using System.CommandLine;
using System.Globalization;
using HedgeAgents.Cli.Commands.Learn;
using HedgeAgents.Core.Engine;
using HedgeAgents.Core.Games;
using HedgeAgents.Core.Games.Equilibria;
using HedgeAgents.Experiments.Config;
using HedgeAgents.Experiments.Games;
using HedgeAgents.Experiments.Output;
using HedgeAgents.Experiments.Running;

namespace HedgeAgents.Cli.Commands.Equilibria;

/// <summary><c>hedge equilibria</c>: the Nash equilibria of a game file, or the pure equilibria of an experiment's
/// stage game at a round of a run, beside what the run's learners played there.</summary>
internal static class EquilibriaCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var file = new Argument<string>("file") { Description = "a game file (players, actions, payoffs) or an experiment file (actors)" };
        var json = new Option<bool>("--json") { Description = "print JSON instead of CSV" };
        var round = new Option<string?>("--round")
        {
            Description = "experiments only: the round whose stage game is built, as a period label (2027Q1) or a 0-based index (default: the last round)",
        };
        var replication = new Option<int>("--replication") { Description = "experiments only: the replication whose run sets the stocks", DefaultValueFactory = _ => 0 };
        var vary = new Option<string[]>("--vary")
        {
            Description = "experiments only: the choosing actors whose actions vary (default: all); the others hold last round's action. Example: --vary KAZ,RUS",
            Arity = ArgumentArity.ZeroOrMore,
            AllowMultipleArgumentsPerToken = true,
        };
        var stocks = new Option<string>("--stocks")
        {
            Description = "experiments only: score each action at the stocks as they stand at the round (current) or at the stocks that holding it sustains, as best response evaluates it (sustained)",
            DefaultValueFactory = _ => "current",
        };
        stocks.AcceptOnlyFromAmong("current", "sustained");
        var saveGame = new Option<string?>("--save-game") { Description = "experiments only: also write the stage game as a game file (for hedge learn)" };
        var set = ExperimentInput.SetOption();
        var command = new Command("equilibria", """
            List Nash equilibria: for a game file every pure equilibrium and, for two players, every mixed one (support
            enumeration); for an experiment the pure equilibria of its stage game at a round, and whether the learners
            of the run played one. One equilibrium per line: a probability per player and action, then the payoffs.
            Examples: hedge equilibria experiments/games/battle-of-the-sexes.yaml
                      hedge equilibria experiments/kazakhstan-baseline.yaml --round 2023Q1 --vary KAZ,RUS
            """)
        {
            file, json, round, replication, vary, stocks, saveGame, set,
        };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(file)!;
            if (!File.Exists(path))
            {
                stderr.WriteLine($"{path}:0:0: file: no such file");
                return CliApp.BadInput;
            }
            if (GameLoader.IsGameFile(path))
            {
                var experimentOnly = new (string Name, bool Given)[]
                {
                    ("--round", parse.GetValue(round) is not null), ("--vary", (parse.GetValue(vary) ?? []).Length > 0),
                    ("--save-game", parse.GetValue(saveGame) is not null), ("--set", (parse.GetValue(set) ?? []).Length > 0),
                    ("--replication", parse.GetValue(replication) != 0), ("--stocks", parse.GetValue(stocks) != "current"),
                };
                if (experimentOnly.FirstOrDefault(o => o.Given) is { Name: not null } wrong)
                {
                    stderr.WriteLine($"hedge equilibria: {wrong.Name} applies to experiment files; {path} is a game file");
                    return CliApp.BadInput;
                }
                var game = LearnCommand.LoadGame(path, stderr);
                if (game is null) return CliApp.BadInput;
                var report = EquilibriumFinder.Find(game);
                Summarise(report, stderr);
                stdout.Write(parse.GetValue(json) ? EquilibriumOutput.Json(report) : EquilibriumOutput.Csv(report));
                return CliApp.Ok;
            }
            return StageGame(parse, path, new StageOptions(round, replication, vary, stocks, saveGame, set, json), stdout, stderr);
        });
        return command;
    }

    private sealed record StageOptions(Option<string?> Round, Option<int> Replication, Option<string[]> Vary, Option<string> Stocks,
        Option<string?> Save, Option<string[]> Set, Option<bool> Json);

    private static int StageGame(ParseResult parse, string path, StageOptions o, TextWriter stdout, TextWriter stderr)
    {
        var config = ExperimentInput.Load(path, parse.GetValue(o.Set) ?? [], stderr);
        if (config is null) return CliApp.BadInput;
        var problems = new List<string>();
        var round = config.Rounds - 1;
        if (parse.GetValue(o.Round) is { } text && !TryRound(config, text, out round, out var roundProblem)) problems.Add(roundProblem);
        var replication = parse.GetValue(o.Replication);
        if (replication < 0) problems.Add($"--replication: must be 0 or more, got {replication}");
        var choosers = config.Initial.Actors.Where(a => a.Chooses).Select(a => a.Id).ToList();
        var vary = (parse.GetValue(o.Vary) ?? []).SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .ToList();
        foreach (var id in vary.Where(id => !choosers.Contains(id)))
            problems.Add($"--vary {id}: {KeySuggestions.Unknown("choosing actor", id, choosers)}");
        if (problems.Count > 0)
        {
            foreach (var p in problems) stderr.WriteLine($"hedge equilibria: {p}");
            return CliApp.BadInput;
        }

        StageGameRunner.Result stage;
        try
        {
            var stocks = parse.GetValue(o.Stocks) == "sustained" ? StageStocks.Sustained : StageStocks.Current;
            stage = StageGameRunner.At(config, round, replication, vary.Count > 0 ? vary : null, stocks);
        }
        catch (ArgumentException e)
        {
            stderr.WriteLine($"hedge equilibria: {e.Message}");
            return CliApp.BadInput;
        }
        var game = stage.Game;
        stderr.WriteLine($"hedge equilibria: {game.Name}: {game.PlayerCount} players ({string.Join(", ", game.Players)}), {game.ProfileCount} profiles; " +
            "payoffs are certainty equivalents at " +
            (parse.GetValue(o.Stocks) == "sustained" ? "the stocks each action sustains" : "the stocks of that round"));
        var report = EquilibriumFinder.Find(game);
        var playedIndex = game.IndexOf(stage.Played.AsSpan());
        var isEquilibrium = PureEquilibria.IsEquilibrium(game, playedIndex);
        var deviations = PureEquilibria.BestDeviations(game, playedIndex);
        var played = new EquilibriumOutput.Played(stage.Played, stage.RoundLabel, replication, isEquilibrium, deviations);
        Summarise(report, stderr);
        stderr.WriteLine($"hedge equilibria: at {stage.RoundLabel} the learners played {EquilibriumOutput.Describe(game, stage.Played)}: " +
            (isEquilibrium ? "a pure equilibrium" : "not an equilibrium"));
        foreach (var d in deviations)
        {
            // The finder's tolerance: a gain below a rounding error is no reason to move.
            var gains = d.Gain > 1e-9 * Math.Max(1, Math.Abs(game.Payoff(d.Player, playedIndex)));
            stderr.WriteLine(gains ? $"  {d.Describe(game)}" : $"  {game.Players[d.Player]}: plays a best response");
        }
        if (parse.GetValue(o.Save) is { } save)
        {
            AtomicFile.WriteAllText(save, GameWriter.ToYaml(game, $"Stage game of {config.Name} at {stage.RoundLabel} (round {round}, replication {replication}).",
                $"hedge equilibria {path} --round {stage.RoundLabel} --replication {replication}" + (vary.Count > 0 ? " --vary " + string.Join(',', vary) : "") + $" --stocks {parse.GetValue(o.Stocks)}"));
            stderr.WriteLine($"hedge equilibria: wrote {save}");
        }
        stdout.Write(parse.GetValue(o.Json) ? EquilibriumOutput.Json(report, played) : EquilibriumOutput.Csv(report));
        return CliApp.Ok;
    }

    private static void Summarise(EquilibriumReport report, TextWriter stderr)
    {
        var pure = report.Equilibria.Count(e => e.IsPure);
        stderr.WriteLine($"hedge equilibria: {report.Equilibria.Length} equilibri{(report.Equilibria.Length == 1 ? "um" : "a")} " +
            $"({pure} pure, {report.Equilibria.Length - pure} mixed)");
        foreach (var w in report.Warnings) stderr.WriteLine($"warning: {w}");
    }

    private static bool TryRound(ExperimentConfig config, string text, out int round, out string problem)
    {
        problem = "";
        var range = $"{config.Label(0)}–{config.Label(config.Rounds - 1)} or an index 0–{config.Rounds - 1}";
        var byLabel = PeriodCalendar.TryParseRound(config.Period, config.Start, text, out round) && round >= 0 && round < config.Rounds;
        if (byLabel) return true;
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out round) && round < config.Rounds) return true;
        problem = $"--round {text}: not a round of this experiment; give a period {range}";
        return false;
    }
}
