using System.CommandLine;
using System.Globalization;
using System.Text;
using HedgeAgents.Core.Games;
using HedgeAgents.Experiments.Config;
using HedgeAgents.Experiments.Games;
using HedgeAgents.Experiments.Learning;
using HedgeAgents.Experiments.Output;
using HedgeAgents.Reporting.Reproduction;

namespace HedgeAgents.Cli.Commands.Learn;

/// <summary><c>hedge learn</c>: plays a normal-form game repeatedly with learning rules and writes the empirical
/// action frequencies and time-average payoffs.</summary>
internal static class LearnCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var file = new Argument<string>("game") { Description = "the game file (YAML with players, actions and payoffs; see experiments/games/)" };
        var rule = new Option<string[]>("--rule")
        {
            Description = "learning rule for every player (--rule fictitious-play) or one player (--rule row=regret-matching); repeatable",
            Arity = ArgumentArity.OneOrMore,
            AllowMultipleArgumentsPerToken = false,
            Required = true,
        };
        var option = new Option<string[]>("--option")
        {
            Description = "rule option for every player (--option decay=0.9) or one player (--option row.decay=0.9); repeatable",
            Arity = ArgumentArity.ZeroOrMore,
            AllowMultipleArgumentsPerToken = false,
        };
        var rounds = new Option<int>("--rounds") { Description = "rounds to play", DefaultValueFactory = _ => 10_000 };
        var seed = new Option<ulong>("--seed") { Description = "seed; player i draws from stream i of it", DefaultValueFactory = _ => 1 };
        var tail = new Option<int?>("--tail") { Description = "rounds at the end reported as tail_frequency (default: the last tenth)" };
        var separate = new Option<bool>("--separate-populations")
        {
            Description = "in a symmetric game, give each player of a population rule (replicator) its own population instead of one shared",
        };
        var trace = new Option<bool>("--trace") { Description = "also write rounds.csv: every round's actions and payoffs" };
        var output = new Option<string?>("--out") { Description = "output folder (default: results/learn/<game>-<rule>/)" };
        var command = new Command("learn", """
            Play a normal-form game repeatedly with learning rules; write frequencies.csv, payoffs.csv and manifest.json.
            Example: hedge learn experiments/games/matching-pennies.yaml --rule fictitious-play --rounds 100000
            """)
        {
            file, rule, option, rounds, seed, tail, separate, trace, output,
        };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(file)!;
            var game = LoadGame(path, stderr);
            if (game is null) return CliApp.BadInput;
            var n = parse.GetValue(rounds);
            var tailRounds = parse.GetValue(tail);
            var problems = new List<string>();
            if (n < 1) problems.Add($"--rounds: must be at least 1, got {n}");
            if (tailRounds is < 0) problems.Add($"--tail: must be 0 or more, got {tailRounds}");
            var ruleWords = parse.GetValue(rule) ?? [];
            var optionWords = parse.GetValue(option) ?? [];
            var (specs, errors) = RuleBinding.Bind(game, ruleWords, optionWords);
            problems.AddRange(errors);
            if (problems.Count > 0)
            {
                foreach (var p in problems) stderr.WriteLine($"hedge learn: {p}");
                stderr.WriteLine("hedge learn: nothing was written; see 'hedge learn --help'.");
                return CliApp.BadInput;
            }

            var s = parse.GetValue(seed);
            var play = new GamePlay(game, RuleBinding.Create(game, specs), sharePopulation: !parse.GetValue(separate));
            var observer = parse.GetValue(trace) ? new LearnTables.Trace(game) : null;
            stderr.WriteLine($"hedge learn: {game.Name}: {n} rounds, seed {s}" + (play.SharedPopulation ? ", one shared population" : ""));
            var result = play.Run(n, s, observer, tailRounds ?? -1);

            var outDir = parse.GetValue(output) ?? Path.Combine("results", "learn", Slug(game.Name) + "-" + Slug(string.Join("-", ruleWords)));
            var frequencies = LearnTables.Frequencies(result);
            using (var files = new AtomicFileSet(outDir))
            {
                var hashes = new SortedDictionary<string, string>(StringComparer.Ordinal)
                {
                    ["frequencies.csv"] = files.Write("frequencies.csv", frequencies),
                    ["payoffs.csv"] = files.Write("payoffs.csv", LearnTables.Payoffs(result)),
                };
                if (observer is not null) hashes["rounds.csv"] = files.Write("rounds.csv", observer.ToString());
                files.Write("manifest.json", LearnManifest.Write(result, Path.GetFullPath(path), specs, s, hashes,
                    Reproduce(path, outDir, parse, ruleWords, optionWords)));
                files.Commit();
            }
            stdout.Write(frequencies);
            stderr.WriteLine($"hedge learn: wrote {outDir}");
            return CliApp.Ok;
        });
        return command;
    }

    /// <summary>Loads a game file, printing every problem as file:line:col: key: message; null on bad input.</summary>
    internal static NormalFormGame? LoadGame(string path, TextWriter stderr)
    {
        if (!File.Exists(path))
        {
            stderr.WriteLine($"{path}:0:0: file: no such file");
            return null;
        }
        if (!GameLoader.IsGameFile(path))
        {
            stderr.WriteLine($"{path}:1:1: players: not a game file (a game has 'players', 'actions' and payoffs 'A'/'B' or 'payoffs'; " +
                "an experiment has 'actors'); see experiments/games/ for examples");
            return null;
        }
        try
        {
            return GameLoader.LoadFile(path);
        }
        catch (ConfigException e)
        {
            foreach (var error in e.Errors) stderr.WriteLine(error.ToString());
            stderr.WriteLine($"hedge: {e.Errors.Count} error(s) in {path}; nothing was written.");
            return null;
        }
    }

    private static string Reproduce(string path, string outDir, ParseResult parse, string[] rules, string[] options)
    {
        var words = new List<string> { "hedge", "learn", path };
        foreach (var r in rules) words.AddRange(["--rule", r]);
        foreach (var o in options) words.AddRange(["--option", o]);
        words.AddRange(["--rounds", Invariant(parse.GetValue<int>("--rounds")), "--seed", Invariant(parse.GetValue<ulong>("--seed"))]);
        if (parse.GetValue<int?>("--tail") is { } t) words.AddRange(["--tail", Invariant(t)]);
        if (parse.GetValue<bool>("--separate-populations")) words.Add("--separate-populations");
        if (parse.GetValue<bool>("--trace")) words.Add("--trace");
        words.AddRange(["--out", outDir]);
        return CommandLineQuoting.Join(words);
    }

    private static string Invariant(IFormattable value) => value.ToString(null, CultureInfo.InvariantCulture);

    private static string Slug(string text)
    {
        var sb = new StringBuilder();
        foreach (var c in text.ToLowerInvariant())
            sb.Append(char.IsAsciiLetterOrDigit(c) ? c : '-');
        var slug = sb.ToString();
        while (slug.Contains("--", StringComparison.Ordinal)) slug = slug.Replace("--", "-", StringComparison.Ordinal);
        return slug.Trim('-') is { Length: > 0 } s ? s : "game";
    }
}
