using HedgeAgents.Experiments.Config;

namespace HedgeAgents.Experiments.Tests.Config;

/// <summary>Inputs the config fuzz (tests/HedgeAgents.Cli.Tests/Fuzz) found mishandled, each pinned by a regular test.</summary>
public class FuzzFoundErrorTests
{
    [TestCase(100_000, "[", "]")]
    [TestCase(100_000, "{a: ", "}")]
    [TestCase(10_000, "[", "")]
    public void LoadFromText_RunawayBracketNesting_OneLocatedErrorInsteadOfAStackOverflow(int depth, string open, string close)
    {
        // Given a value nested 10,000–100,000 brackets deep (YamlDotNet recursed per level and overflowed the stack,
        // which kills the process whatever catches it)
        var yaml = "name: x\nrounds: " + string.Concat(Enumerable.Repeat(open, depth)) + "1" + string.Concat(Enumerable.Repeat(close, depth));

        // When it is loaded
        var error = Load.Errors(yaml).Single();

        // Then one error at the bracket past the limit, under the key yaml
        Assert.That(error.ToString(), Does.StartWith($"test.yaml:2:{9 + YamlInput.MaxNesting * open.Length}: yaml: nested more than {YamlInput.MaxNesting} levels deep"));
    }

    [Test]
    public void LoadFromText_RunawayDashesOnOneLine_OneLocatedError()
    {
        // Given 100,000 '- ' on one line: block sequences nested in one another (also a stack overflow before)
        var yaml = "name: x\nrounds:\n" + string.Concat(Enumerable.Repeat("- ", 100_000)) + "1";

        // When it is loaded / Then one located error
        Assert.That(Load.Errors(yaml).Single().ToString(), Does.StartWith($"test.yaml:3:{2 * YamlInput.MaxNesting + 1}: yaml: nested more than"));
    }

    [TestCase("- {a: '[[[[', b: \"{{{{\"}  # [[[[")]
    public void LoadFromText_BracketsInQuotesAndComments_NotCountedAsNesting(string line)
    {
        // Given brackets only inside quotes and a comment, repeated past the limit
        var yaml = "name: x\nnotes:\n" + string.Concat(Enumerable.Repeat("  " + line + "\n", YamlInput.MaxNesting));

        // When it is loaded / Then the only error is the unknown key, not the nesting
        Assert.That(Load.Errors(yaml).Select(e => e.Key), Does.Not.Contain("yaml"));
    }

    [TestCase("- a\n- b\n")]
    [TestCase("just text")]
    public void LoadFromText_RootNotAMap_ErrorUnderTheKeyFile(string yaml)
    {
        // Given a document that is not a map (the key was empty: "test.yaml:1:1: : ...", not the promised shape)
        // When it is loaded
        var error = Load.Errors(yaml).First();

        // Then the error names a key, so every error reads file:line:col: key: message
        Assert.That(error.Key, Is.EqualTo("file"));
        Assert.That(error.Message, Does.Contain("a map of keys"));
    }

    [Test]
    public void LoadFromText_EmptyKey_ErrorShowsTheKeyAsTwoQuotes()
    {
        // Given a top-level entry whose key is empty (the error printed "test.yaml:3:1: : unknown key ''")
        var yaml = Load.MinimalWith("'': 1");

        // When it is loaded
        var error = Load.Errors(yaml).Single();

        // Then the key part is not empty, so the line keeps the file:line:col: key: message shape
        Assert.That(error.ToString(), Does.Match(@"^test\.yaml:\d+:1: '': unknown key ''"));
    }

    [TestCase("\"relations:\": 1", "'relations:'")]
    [TestCase("\"a: b\": 1", "'a: b'")]
    [TestCase("\"x\\by\": 1", "'x\\u0008y'")]
    [TestCase("\"two\\nlines\": 1", "'two\\u000alines'")]
    public void ToString_KeyWithAColonOrAControlCharacter_QuotedOnOneLine(string entry, string shown)
    {
        // Given a top-level key holding a colon or a control character (a colon made "file:3:1: relations:: ..."
        // split wrongly; a newline broke the error in two lines)
        var yaml = Load.MinimalWith(entry);

        // When it is loaded
        var line = Load.Errors(yaml).Single().ToString();

        // Then the key is quoted with control characters escaped, and the error is one line
        Assert.That(line, Does.StartWith($"test.yaml:12:1: {shown}: unknown key"));
        Assert.That(line, Does.Not.Contain("\n").And.Not.Contain("\b"));
    }
}
