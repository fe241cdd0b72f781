using HedgeAgents.Experiments.Sweeps.Output;

namespace HedgeAgents.Experiments.Tests.Sweeps.Output;

public class CsvReaderTests
{
    private static List<List<string>> ReadAll(string text)
    {
        var reader = new CsvReader(new StringReader(text));
        var records = new List<List<string>>();
        var fields = new List<string>();
        while (reader.TryRead(fields)) records.Add([.. fields]);
        return records;
    }

    [TestCase("a,b,c\n", new[] { "a", "b", "c" })]
    [TestCase("a,,c", new[] { "a", "", "c" })]
    [TestCase("a,b,\n", new[] { "a", "b", "" })]
    [TestCase("\"x,y\",z\n", new[] { "x,y", "z" })]
    [TestCase("\"say \"\"hi\"\"\",\"\"\n", new[] { "say \"hi\"", "" })]
    [TestCase("a,b\r\n", new[] { "a", "b" })]
    public void TryRead_OneRecord_Fields(string text, string[] expected)
    {
        // Given one CSV record / When read / Then its fields are unquoted
        Assert.That(ReadAll(text), Is.EqualTo(new[] { expected }));
    }

    [Test]
    public void TryRead_LineBreakInQuotes_OneRecordAndLinesCounted()
    {
        // Given a quoted field across two lines, then another record
        var reader = new CsvReader(new StringReader("h1,h2\n\"two\nlines\",x\nlast,y\n"));
        var fields = new List<string>();

        // When read record by record
        Assert.That(reader.TryRead(fields), Is.True);
        Assert.That(reader.TryRead(fields), Is.True);
        var second = fields.ToArray();
        var secondLine = reader.Line;
        Assert.That(reader.TryRead(fields), Is.True);

        // Then the break is kept in the field and each record knows the line it starts on
        Assert.That(second, Is.EqualTo(new[] { "two\nlines", "x" }));
        Assert.That(secondLine, Is.EqualTo(2));
        Assert.That(reader.Line, Is.EqualTo(4));
        Assert.That(reader.TryRead(fields), Is.False);
    }

    [TestCase("\"open,b\n")]
    [TestCase("\"closed\"x,b\n")]
    public void TryRead_MalformedQuotes_Throws(string text)
    {
        // Given an unclosed quote or text after a closing quote / When read / Then it is refused
        Assert.That(() => ReadAll(text), Throws.InstanceOf<InvalidDataException>());
    }
}
