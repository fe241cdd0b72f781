using System.Globalization;
using System.Text;

namespace HedgeAgents.Cli.Tests.Fuzz;

/// <summary>The ways a hand-edited experiment goes wrong, applied to a shipped experiment's text.</summary>
internal enum Mutation
{
    DropKey,
    SwapType,
    OddNumber,
    HugeList,
    DuplicateItem,
    Truncate,
    UnclosedBracket,
    Tab,
    BadIndent,
    RandomBytes,
    AllRandom,
    DeepNesting,
    DuplicateKey,
    WrongEvent,
    BadSweep,
    BadPlot,
    DropSection,
    Documents,
    Several,
}

/// <summary>One fuzz case: which experiment, which mutation, and the seed of the mutation's details, so that a
/// failing case is reproduced from its printed description alone.</summary>
internal sealed record FuzzCase(string File, Mutation Mutation, int Seed)
{
    public override string ToString() => $"{File} {Mutation} seed {Seed}";
}

/// <summary>Applies a <see cref="FuzzCase"/> to an experiment's text, deterministically from the case's seed.</summary>
internal static class ConfigMutator
{
    private static readonly string[] Replacements =
    [
        "abc", "\"0.5\"", "42", "-1", "0", "1", "[1, 2]", "[]", "{a: 1}", "{}", "null", "~", "true", "\"\"", "''",
        ".nan", ".inf", "-.inf", "1e308", "-1e308", "1e400", "-0", "4294967296", "-2147483649", "0x10", "1_000",
        "[KAZ, KAZ]", "{from: KAZ}", "!!binary aGVsbG8=", "&a 1", "*nope", "|\n  text", "2022Q1", "2022Q9",
    ];

    private static readonly string[] OddNumbers =
        [".nan", ".NaN", ".inf", "-.inf", "+.inf", "1e308", "-1e308", "1e400", "-0", "-0.0", "0", "-1", "1e-320", "2147483648", "9223372036854775808", "-2147483649", "1", "0.999999999", "1.0000001", "100", "1e6", "1e-6"];

    private static readonly string[] Periods = ["2099Q1", "1900Q1", "-5", "Q5", "2022Q9", "1e9", "2022", "2022Q1Q2", "", "[2022Q1]", "{a: 1}", ".nan", "0", "2015Q1", "2030Q4", "2031Q1"];

    private static readonly string[] SetPaths =
    [
        "actors.XXX.power", "rounds", "seed", "events", "shocks.sanctions.hazard", "shocks.sanctions", "routes.nope.capacity",
        "relations.KAZ.KAZ.returns", "actors.KAZ.riskAversion", "actors.KAZ.power", "routes.cpc.closed", "insurance.efficiency",
        "", ".", "actors..power", "actors.KAZ.learning.rule", "strategies.hedging.split.procedural",
    ];

    private static readonly string[] Designs = ["grid", "lhs", "sobol", "random", "morris", "bogus", "", "1", "[grid]", "{a: b}", "GRID"];

    private static readonly string[] PlotKinds = ["shares", "payoff", "phase", "bogus", "", "1", "[shares]", "shares-by", "mean-vs-q05", "SHARES"];

    /// <summary>The mutated file's bytes.</summary>
    public static byte[] Apply(string text, FuzzCase c)
    {
        var random = new Random(c.Seed);
        return c.Mutation switch
        {
            Mutation.RandomBytes => RandomBytes(Encoding.UTF8.GetBytes(text), random),
            Mutation.AllRandom => AllRandom(random),
            Mutation.Several => Encoding.UTF8.GetBytes(Several(text, random)),
            _ => Encoding.UTF8.GetBytes(Text(text, c.Mutation, random)),
        };
    }

    private static string Several(string text, Random random)
    {
        var n = random.Next(2, 5);
        for (var i = 0; i < n; i++)
            text = Text(text, (Mutation)random.Next((int)Mutation.AllRandom), random);
        return text;
    }

    private static string Text(string text, Mutation mutation, Random random)
    {
        var lines = text.Split('\n').ToList();
        switch (mutation)
        {
            case Mutation.DropKey:
            {
                var i = PickLine(lines, random, l => l.Contains(':', StringComparison.Ordinal));
                lines.RemoveRange(i, BlockLength(lines, i));
                break;
            }
            case Mutation.SwapType:
                ReplaceValue(lines, random, Pick(Replacements, random));
                break;
            case Mutation.OddNumber:
                ReplaceNumber(lines, random, Pick(OddNumbers, random));
                break;
            case Mutation.HugeList:
            {
                var n = random.Next(2) == 0 ? 10_000 : random.Next(100, 3000);
                var item = Pick(["0", "0.5", "KAZ", "{}", "[1]", "-1"], random);
                ReplaceValue(lines, random, "[" + string.Join(", ", Enumerable.Repeat(item, n)) + "]");
                break;
            }
            case Mutation.DuplicateItem:
            {
                var i = PickLine(lines, random, l => l.TrimStart().StartsWith("- ", StringComparison.Ordinal));
                var block = lines.GetRange(i, BlockLength(lines, i));
                var copies = random.Next(1, 4);
                for (var k = 0; k < copies; k++) lines.InsertRange(i, block);
                break;
            }
            case Mutation.Truncate:
                return text[..random.Next(text.Length)];
            case Mutation.UnclosedBracket:
            {
                var i = PickLine(lines, random, l => l.Length > 0);
                var at = random.Next(lines[i].Length + 1);
                lines[i] = lines[i].Insert(at, Pick(["[", "{", "\"", "'", "]", "}", "[{", ": ", "- ", "&", "*", "!", "%", "@", "`", "|", ">"], random));
                break;
            }
            case Mutation.Tab:
            {
                var i = PickLine(lines, random, l => l.StartsWith(' '));
                var indent = lines[i].Length - lines[i].TrimStart().Length;
                lines[i] = (random.Next(2) == 0 ? "\t" : new string('\t', Math.Max(1, indent / 2))) + lines[i].TrimStart();
                break;
            }
            case Mutation.BadIndent:
            {
                var i = PickLine(lines, random, l => l.Trim().Length > 0);
                var shift = random.Next(-4, 5);
                lines[i] = shift >= 0 ? new string(' ', shift) + lines[i] : lines[i][Math.Min(-shift, lines[i].Length - lines[i].TrimStart().Length)..];
                break;
            }
            case Mutation.DeepNesting:
            {
                var depth = random.Next(3) switch { 0 => 10_000, 1 => 100_000, _ => random.Next(50, 400) };
                var nested = random.Next(4) switch
                {
                    0 => new string('[', depth),
                    1 => new string('[', depth) + new string(']', depth),
                    2 => string.Concat(Enumerable.Repeat("{a: ", depth)) + "1" + new string('}', depth),
                    _ => "\n" + string.Concat(Enumerable.Range(1, Math.Min(depth, 500)).Select(d => new string(' ', 2 * d) + "k:\n")),
                };
                ReplaceValue(lines, random, nested);
                break;
            }
            case Mutation.DuplicateKey:
            {
                var i = PickLine(lines, random, l => l.Contains(':', StringComparison.Ordinal) && !l.TrimStart().StartsWith('#'));
                var block = lines.GetRange(i, BlockLength(lines, i));
                lines.InsertRange(i + block.Count, block);
                break;
            }
            case Mutation.WrongEvent:
                WrongEvent(lines, random);
                break;
            case Mutation.BadSweep:
                BadSweep(lines, random);
                break;
            case Mutation.BadPlot:
                BadPlot(lines, random);
                break;
            case Mutation.DropSection:
            {
                var i = PickLine(lines, random, l => l.Length > 0 && char.IsLetter(l[0]));
                lines.RemoveRange(i, BlockLength(lines, i));
                break;
            }
            case Mutation.Documents:
                return random.Next(6) switch
                {
                    0 => "",
                    1 => "# only a comment\n",
                    2 => text + "\n---\n" + text,
                    3 => "---\n...\n",
                    4 => "anchors: &a [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]\n" +
                         string.Concat(Enumerable.Range(0, 5).Select(k => $"l{k}: &l{k} [{string.Join(", ", Enumerable.Repeat(k == 0 ? "*a" : $"*l{k - 1}", 10))}]\n")) + text,
                    _ => "[" + text + "]",
                };
        }
        return string.Join('\n', lines);
    }

    private static void WrongEvent(List<string> lines, Random random)
    {
        var at = lines.FindIndex(l => l.TrimStart().StartsWith("- at:", StringComparison.Ordinal));
        if (at < 0 || random.Next(4) == 0)
        {
            lines.Add("events:");
            lines.Add($"  - at: {Pick(Periods, random)}");
            lines.Add($"    set: {{{Pick(SetPaths, random)}: {Pick(OddNumbers, random)}}}");
            return;
        }
        var events = lines.Select((l, i) => (l, i)).Where(x => x.l.TrimStart().StartsWith("- at:", StringComparison.Ordinal)).Select(x => x.i).ToList();
        var e = events[random.Next(events.Count)];
        switch (random.Next(4))
        {
            case 0:
                lines[e] = lines[e][..(lines[e].IndexOf("at:", StringComparison.Ordinal) + 3)] + " " + Pick(Periods, random);
                break;
            case 1:
                lines.Insert(e + 1, $"    set: {{{Pick(SetPaths, random)}: {Pick(Replacements, random)}}}");
                break;
            case 2:
            {
                var set = lines.FindIndex(e, l => l.Contains("set:", StringComparison.Ordinal));
                if (set >= 0 && set + 1 < lines.Count)
                    lines.Insert(set + 1, $"      {Pick(SetPaths, random)}: {Pick(OddNumbers, random)}");
                break;
            }
            default:
                lines.Insert(e + 1, $"    {Pick(["label", "set", "at", "unknown", "when"], random)}: {Pick(Replacements, random)}");
                break;
        }
    }

    private static void BadSweep(List<string> lines, Random random)
    {
        var sweep = lines.FindIndex(l => l.StartsWith("sweep:", StringComparison.Ordinal));
        if (sweep >= 0) lines.RemoveRange(sweep, BlockLength(lines, sweep));
        var path = Pick(["actors.KAZ.riskAversion", "actors.KAZ.regulatoryCapacity", "shocks.sanctions.hazard", "rounds", "seed", "actors.NOPE.power",
            "routes.cpc.capacity", "actors.KAZ.learning.rule", "relations.KAZ.CHN.returns", "burnIn", "actors.KAZ.power"], random);
        var values = random.Next(8) switch
        {
            0 => "[]",
            1 => "{min: 1, max: 0, steps: 3}",
            2 => $"{{min: {Pick(OddNumbers, random)}, max: {Pick(OddNumbers, random)}, steps: {Pick(["0", "1", "2", "-1", "1e9", "3.5", "x"], random)}}}",
            3 => $"[{Pick(OddNumbers, random)}, {Pick(OddNumbers, random)}]",
            4 => "{min: 0.1, max: 1, steps: 3, log: true}",
            5 => $"{{min: 0, max: 1, log: {Pick(Replacements, random)}}}",
            6 => "[a, b, c]",
            _ => Pick(Replacements, random),
        };
        lines.Add("sweep:");
        lines.Add($"  design: {Pick(Designs, random)}");
        if (random.Next(2) == 0) lines.Add($"  samples: {Pick(["-1", "0", "1", "3", "1e9", "x", "2.5", ".nan"], random)}");
        if (random.Next(3) == 0) lines.Add($"  levels: {Pick(["-1", "0", "1", "4", "x"], random)}");
        lines.Add("  parameters:");
        lines.Add($"    {path}: {values}");
        if (random.Next(3) == 0) lines.Add($"    {path}: [1, 2]");
    }

    private static void BadPlot(List<string> lines, Random random)
    {
        var kind = Pick(PlotKinds, random);
        var plot = random.Next(5) switch
        {
            0 => $"  - {{kind: {kind}}}",
            1 => $"  - {{kind: {kind}, actor: {Pick(["KAZ", "NOPE", "", "[KAZ]"], random)}}}",
            2 => $"  - {{kind: {kind}, actor: KAZ, x: {Pick(["actors.KAZ.riskAversion", "nope", "", "1"], random)}, y: {Pick(["actors.KAZ.regulatoryCapacity", "nope"], random)}}}",
            3 => $"  - {{name: {Pick(["a", "a", "../escape", "", "con", "x/y"], random)}, kind: {kind}, actor: KAZ}}",
            _ => $"  - {Pick(Replacements, random)}",
        };
        var plots = lines.FindIndex(l => l.StartsWith("plots:", StringComparison.Ordinal));
        if (plots < 0)
        {
            lines.Add("plots:");
            lines.Add(plot);
        }
        else if (random.Next(4) == 0) lines[plots] = "plots: " + Pick(Replacements, random);
        else lines.Insert(plots + 1, plot);
    }

    private static byte[] RandomBytes(byte[] bytes, Random random)
    {
        var copy = (byte[])bytes.Clone();
        var n = random.Next(1, 64);
        var at = random.Next(copy.Length);
        for (var i = at; i < Math.Min(copy.Length, at + n); i++) copy[i] = (byte)random.Next(256);
        return copy;
    }

    private static byte[] AllRandom(Random random)
    {
        var bytes = new byte[random.Next(0, 2000)];
        random.NextBytes(bytes);
        return bytes;
    }

    /// <summary>Replaces the value after a key's colon (block or flow) with <paramref name="value"/>.</summary>
    private static void ReplaceValue(List<string> lines, Random random, string value)
    {
        var i = PickLine(lines, random, l => l.Contains(": ", StringComparison.Ordinal) || l.TrimEnd().EndsWith(':'));
        var line = lines[i];
        var colons = Enumerable.Range(0, line.Length).Where(k => line[k] == ':' && (k + 1 == line.Length || line[k + 1] == ' ')).ToList();
        if (colons.Count == 0) return;
        var at = colons[random.Next(colons.Count)];
        var end = line.IndexOfAny([',', '}', '#'], at + 1);
        if (end < 0 || random.Next(3) == 0) end = line.Length;
        var block = line.TrimEnd().EndsWith(':') ? BlockLength(lines, i) : 1;
        lines[i] = line[..(at + 1)] + " " + value + line[end..];
        if (block > 1) lines.RemoveRange(i + 1, block - 1);
    }

    /// <summary>Replaces one number in the file with <paramref name="value"/>.</summary>
    private static void ReplaceNumber(List<string> lines, Random random, string value)
    {
        var i = PickLine(lines, random, l => !l.TrimStart().StartsWith('#') && l.Any(char.IsDigit));
        var line = lines[i];
        var digits = Enumerable.Range(0, line.Length).Where(k => char.IsDigit(line[k]) && (k == 0 || !char.IsLetterOrDigit(line[k - 1]) && line[k - 1] != '.')).ToList();
        if (digits.Count == 0) return;
        var start = digits[random.Next(digits.Count)];
        var end = start;
        while (end < line.Length && (char.IsDigit(line[end]) || line[end] is '.' or 'e' or '-')) end++;
        lines[i] = line[..start] + value + line[end..];
    }

    /// <summary>The line and the more-indented lines below it.</summary>
    private static int BlockLength(List<string> lines, int i)
    {
        var indent = Indent(lines[i]);
        if (lines[i].TrimStart().StartsWith("- ", StringComparison.Ordinal)) indent += 1;
        var n = 1;
        while (i + n < lines.Count && (lines[i + n].Trim().Length == 0 || Indent(lines[i + n]) > indent)) n++;
        return n;
    }

    private static int Indent(string line) => line.Length - line.TrimStart(' ').Length;

    private static int PickLine(List<string> lines, Random random, Func<string, bool> where)
    {
        var candidates = Enumerable.Range(0, lines.Count).Where(i => where(lines[i]) && !lines[i].TrimStart().StartsWith('#')).ToList();
        return candidates.Count == 0 ? random.Next(lines.Count) : candidates[random.Next(candidates.Count)];
    }

    private static string Pick(string[] options, Random random) => options[random.Next(options.Length)];

    /// <summary>Describes the mutated text for a failure message: its length and its first lines.</summary>
    public static string Preview(byte[] bytes)
    {
        var text = Encoding.UTF8.GetString(bytes);
        return string.Create(CultureInfo.InvariantCulture, $"{bytes.Length} bytes:\n{(text.Length > 3000 ? text[..3000] + "\n…" : text)}");
    }
}
