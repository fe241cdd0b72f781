using FsCheck;
using FsCheck.Fluent;
using HedgeAgents.Reporting.Reproduction;

namespace HedgeAgents.Reporting.Tests.Reproduction;

/// <summary>A manifest's command: words joined by spaces, quoted only when needed, and read back word for word.</summary>
public class CommandLineQuotingTests
{
    [TestCase(new[] { "hedge", "run", "experiments/kazakhstan-baseline.yaml", "--out", "results/kazakhstan-baseline" },
        "hedge run experiments/kazakhstan-baseline.yaml --out results/kazakhstan-baseline")]
    [TestCase(new[] { "hedge", "learn", "a b.yaml", "--option", "say=\"hi\"", "" }, "hedge learn \"a b.yaml\" --option \"say=\\\"hi\\\"\" \"\"")]
    [TestCase(new[] { @"C:\no\spaces", @"C:\with space\" }, @"C:\no\spaces ""C:\\with space\\""")]
    public void Join_KnownWords_QuotedOnlyWhenNeeded(string[] words, string expected)
    {
        Assert.That(CommandLineQuoting.Join(words), Is.EqualTo(expected));
        Assert.That(CommandLineQuoting.Tokenize(expected), Is.EqualTo(words));
    }

    [Test]
    public void Tokenize_QuotedWords_RoundTrip()
    {
        // For any list of words (spaces, quotes, backslashes and empty words included), quoting then tokenizing gives them back
        var property = Prop.ForAll<string[]>(words =>
        {
            var clean = (words ?? []).Select(w => w ?? "").ToArray();
            return CommandLineQuoting.Tokenize(CommandLineQuoting.Join(clean)).SequenceEqual(clean);
        });
        Check.One(FsCheck.Config.QuickThrowOnFailure.WithMaxTest(500), property);

        // and with words drawn from the characters that matter most
        var tricky = Gen.ArrayOf(Gen.Elements(' ', '"', '\\', 'a', '-')).Select(cs => new string(cs)).ArrayOf();
        Check.One(FsCheck.Config.QuickThrowOnFailure.WithMaxTest(500),
            Prop.ForAll(tricky.ToArbitrary(), words => CommandLineQuoting.Tokenize(CommandLineQuoting.Join(words)).SequenceEqual(words)));
    }
}
