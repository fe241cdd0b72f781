using HedgeAgents.Core.Learning;

namespace HedgeAgents.Core.Tests.Games;

/// <summary>Golden play (Axelrod's <c>versus_test</c>): the exact first rounds every learning rule plays against itself
/// in rock–paper–scissors from a fixed seed, so that a change to any rule's play fails here, in milliseconds, and
/// not only in the slow reproduction of results/.</summary>
/// <remarks>Actions are written one letter a round: r(ock), p(aper), s(cissors). When a change to a rule's play is
/// intended, the failure message prints the new sequence to paste here; say why in the commit.</remarks>
public class GoldenPlayTests
{
    private const int Rounds = 40;
    private const ulong Seed = 2026;

    /// <summary>The golden sequences by case: a rule at its defaults (its registry name), or a rule with options
    /// that switch on another code path.</summary>
    private static readonly (string Case, string Rule, (string Key, string Value)[] Options, string Row, string Column)[] Golden =
    [
        ("best-response", "best-response", [], "rpsrpsrpsrpsrpsrpsrpsrpsrpsrpsrpsrpsrpsr", "rpsrpsrpsrpsrpsrpsrpsrpsrpsrpsrpsrpsrpsr"),
        ("ewa", "ewa", [], "rrssssppppprrrrrrrssssppppprssssssrrsppp", "sppprrrrrssssrrppppprrrrpsspsppssrsrrrps"),
        ("fictitious-play", "fictitious-play", [], "rpppssssssrrrrrrrrrppppppppppppsssssssss", "rpppssssssrrrrrrrrrppppppppppppsssssssss"),
        ("fixed", "fixed", [], "rrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrr", "rrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrr"),
        ("imitation", "imitation", [], "pssssrrpppppppssssssssppppppppppppppppss", "ssssrrpppppppppppsssrrrppppppppppppppppp"),
        ("q-learning", "q-learning", [], "rpprrrprsrprrsrprrssppprppsrsspspprrsspp", "spssprssrppprrrrrsprrrppppprprrsprsrprss"),
        ("regret-matching", "regret-matching", [], "rrrrrrsssssssssssssssssppppppppppppppppp", "spppppppppppprrrrrrrrrrrrrrrrrrrrrrrrrrs"),
        ("replicator", "replicator", [], "rpsrrrprspprpsrprrssppprspsrsspspprrsspp", "sssssrssrppsrrrrrsrrrrsppprrprrsprsrprss"),
        ("roth-erev", "roth-erev", [], "rpprrrprsrprrsrrrrssppprppprpspppprrpppp", "sssssrssrppsrrrrrsrrrrprpprrprrsprsrprps"),
        ("best-response, inertia+logit", "best-response", [("inertia", "0.4"), ("temperature", "0.5")], "prrrpsrrpppprrrrsssppprrppppppprrrsssssp", "sspppsrrrrrsssspppprrssprssssssspppprrrr"),
        ("ewa, belief learning", "ewa", [("delta", "1"), ("lambda", "5")], "rrsrssspsppppsppprssspprppsrpsrprrrrssps", "spppprpprrpsprrpsssrrrsssssrsrpssrspprps"),
        ("fictitious-play, weighted+logit+prior", "fictitious-play", [("decay", "0.8"), ("precision", "10"), ("prior", "1")], "rppssrrrrsssppppprrrsspprrssrppppprrrsss", "rppsssrppprrrrrsssspprrsspprrrrpsssspprr"),
        ("fixed, paper", "fixed", [("action", "paper")], "pppppppppppppppppppppppppppppppppppppppp", "pppppppppppppppppppppppppppppppppppppppp"),
        ("imitation, peers+mutation", "imitation", [("models", "peers"), ("mutation", "0.1")], "prrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrr", "ssrrrrrrrsssssrrrrrsrrrsrrrrrrrrrrrrrrrr"),
        ("imitation, counterfactual", "imitation", [("models", "counterfactual"), ("rate", "1")], "prrrpssrrrsspprrrrrppprrrrrssppppssssppp", "ssrrpprrrpprrssssrrpsssrrrpprrpppssrrrpp"),
        ("q-learning, epsilon-greedy", "q-learning", [("exploration", "epsilon-greedy"), ("epsilon", "0.3"), ("gamma", "0.5")], "pprpppppppsprrrrrrssprrsrsspsrpssssspsss", "rpppppprssrssspsppppprpppprspsrsspsspsss"),
        ("regret-matching, mu", "regret-matching", [("mu", "5")], "rrrrrrrrrrrrrssssssssssssssssssssspppppp", "sssssppppppppppppppprrrrrrrrrrrrrrrrrrrr"),
        ("replicator, mutation", "replicator", [("rate", "0.5"), ("mutation", "0.05")], "rpsrrrprsrpppsrpprssspprsssrssrprprrpspp", "ssssprpsrrppprrppsprrpspssrrprrsrrsrprps"),
        ("roth-erev, no forgetting", "roth-erev", [("forgetting", "0"), ("experimentation", "0"), ("strength", "1")], "rrrrrrrrsrrrrrrrrrsprrrrrrprpprprrrrpprp", "sssssrpprpppprrrrprrrrprpprrprrpprprprpp"),
    ];

    private static IEnumerable<TestCaseData> Cases() =>
        Golden.Select(g => new TestCaseData(g.Rule, g.Options, g.Row, g.Column).SetName($"{{m}}({g.Case})"));

    [TestCaseSource(nameof(Cases))]
    public void Play_RockPaperScissorsFromSeed2026_IsTheGoldenSequence(string rule, (string Key, string Value)[] options, string row, string column)
    {
        // Given both players of rock–paper–scissors using the rule
        // When they play 40 rounds from seed 2026
        var (actualRow, actualColumn) = Play(rule, options);

        // Then each plays exactly its golden sequence
        Assert.That((actualRow, actualColumn), Is.EqualTo((row, column)),
            $"{rule}: now plays (\"{actualRow}\", \"{actualColumn}\")");
    }

    [Test]
    public void Golden_EveryRegisteredRule_HasASequenceAtItsDefaults()
    {
        // Given the rules the registry knows
        // When the golden table is searched for each at its defaults
        var missing = LearningRules.Registry.Names
            .Where(n => !Golden.Any(g => g.Rule == n && g.Options.Length == 0))
            .Select(n => $"(\"{n}\", \"{n}\", [], \"{Play(n, []).Row}\", \"{Play(n, []).Column}\"),")
            .ToArray();

        // Then none is missing (the message gives the line to add for a new rule)
        Assert.That(missing, Is.Empty, string.Join(Environment.NewLine, missing));
    }

    private static (string Row, string Column) Play(string rule, (string Key, string Value)[] options)
    {
        var game = TextbookGames.RockPaperScissors();
        var recorder = new Recorder(game.PlayerCount);
        var spec = World.Rule(rule, options);
        var rules = Enumerable.Range(0, game.PlayerCount).Select(i => LearningRules.Registry.Get(rule).Create(spec, game.Actions[i])).ToArray();
        new Core.Games.GamePlay(game, rules).Run(Rounds, Seed, recorder);
        return (recorder.Text(0), recorder.Text(1));
    }

    private sealed class Recorder(int players) : Core.Games.IGameObserver
    {
        private readonly System.Text.StringBuilder[] _play = [.. Enumerable.Range(0, players).Select(_ => new System.Text.StringBuilder())];

        public void OnRound(int round, ReadOnlySpan<int> profile, ReadOnlySpan<double> payoffs)
        {
            for (var i = 0; i < profile.Length; i++) _play[i].Append("rps"[profile[i]]);
        }

        public string Text(int player) => _play[player].ToString();
    }
}
