using System.Text;
using FsCheck;
using FsCheck.Fluent;
using HedgeAgents.Experiments.Data;
using HedgeAgents.Experiments.Output;

namespace HedgeAgents.Experiments.Tests.Data;

public class DataTableTests
{
    private static DataTable Parse(string text) => DataTable.Read(new StringReader(text), "data/x.csv");

    [Test]
    public void Read_QuotedFields_UnquotedWithTheLineEachRowStartsOn()
    {
        // Given a header and rows whose quoted fields hold a comma, doubled quotes and a line break
        const string text = "year,value,note\n2020,1.5,\"a, b\"\n2021,2,\"say \"\"hi\"\"\nthen go\"\n2022,-3e2,\n";

        // When it is read
        var table = Parse(text);

        // Then the fields are as written, unquoted, and each row knows its first line
        Assert.That(table.Columns, Is.EqualTo(new[] { "year", "value", "note" }));
        Assert.That(table.Rows.Select(r => (r.Line, r["note"])), Is.EqualTo(new[] { (2, "a, b"), (3, "say \"hi\"\nthen go"), (5, "") }));
        Assert.That(table.Rows.Select(r => r.Number("value")), Is.EqualTo(new[] { 1.5, 2, -300 }));
        Assert.That(table.Rows.All(r => r.IsComplete), Is.True);
    }

    [Test]
    public void Read_WhatCsvWrites_ReadsBackEveryFieldAndLine()
    {
        // Given any rows of three text fields (no carriage return: data files use LF) written by the repository's writer
        // When they are read back
        // Then every field is as written, and each row starts on the line the line breaks before it put it on
        var property = Prop.ForAll<NonNull<string>[][]>(raw =>
        {
            var rows = raw.Select(r => r.Take(3).Select(f => f.Get.Replace("\r", "")).ToArray()).Where(r => r.Length == 3).ToList();
            var sb = new StringBuilder("a,b,c\n");
            foreach (var row in rows) Csv.Row(sb, [.. row.Select(Csv.Text)]);
            var table = Parse(sb.ToString());
            var line = 2;
            for (var i = 0; i < rows.Count; i++)
            {
                if (table.Rows[i].Line != line || !table.Rows[i].Fields.SequenceEqual(rows[i])) return false;
                line += 1 + rows[i].Sum(f => f.Count(c => c == '\n'));
            }
            return table.Rows.Length == rows.Count;
        });
        Check.One(FsCheck.Config.QuickThrowOnFailure.WithMaxTest(300), property);
    }

    [Test]
    public void Read_CrLfAndByteOrderMark_SameAsLf()
    {
        // Given a file written with a byte order mark and CRLF line endings
        var path = Path.Combine(Path.GetTempPath(), "hedge-table-" + Guid.NewGuid().ToString("N") + ".csv");
        File.WriteAllText(path, "year,value\r\n2020,1\r\n", new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
        try
        {
            // When it is read from disk
            var table = DataTable.Read(path);

            // Then the first column is 'year', not the mark, and the row is whole
            Assert.That(table.Columns, Is.EqualTo(new[] { "year", "value" }));
            Assert.That((table.Rows.Single().Line, table.Rows.Single()["value"], table.Path), Is.EqualTo((2, "1", path)));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Test]
    public void Indexer_UnknownColumn_ErrorNamesFileAndTheColumnsThereAre()
    {
        // Given a table
        var row = Parse("year,value\n2020,1\n").Rows[0];

        // When a column it does not have is asked for
        var error = Assert.Throws<DataFileException>(() => _ = row["unit"])!;

        // Then the message is located and lists the columns
        Assert.That(error.Message, Is.EqualTo("data/x.csv:1: unit: no such column; the header has year, value"));
    }

    [Test]
    public void Indexer_RaggedRowShortOfTheColumn_ErrorNamesTheLine()
    {
        // Given a row with fewer fields than the header
        var row = Parse("year,value,unit\n2020,1\n").Rows[0];

        // When its last column is asked for
        // Then the row's line is named
        Assert.That(row.IsComplete, Is.False);
        Assert.That(Assert.Throws<DataFileException>(() => _ = row["unit"])!.Message,
            Is.EqualTo("data/x.csv:2: unit: the row has 2 fields, the header 3 columns"));
    }

    [TestCase("1,5")]
    [TestCase("1 000")]
    [TestCase("12%")]
    [TestCase("")]
    [TestCase(" 1")]
    [TestCase("NaN")]
    [TestCase("Infinity")]
    public void Number_NotAnInvariantFiniteNumber_ErrorNamesLineAndColumn(string text)
    {
        // Given a value that data files do not allow
        var row = Parse($"year,value\n2020,\"{text}\"\n").Rows[0];

        // When it is read as a number
        var error = Assert.Throws<DataFileException>(() => row.Number("value"))!;

        // Then the error is located
        Assert.That(error.Problem, Is.EqualTo(new DataProblem("data/x.csv", 2, "value", error.Problem.Message)));
        Assert.That(error.Message, Does.StartWith($"data/x.csv:2: value: '{text}' is not a number"));
    }

    [Test]
    public void Read_Empty_ErrorAtLineOne()
    {
        // Given an empty file
        // When it is read
        // Then the error says a header is expected
        Assert.That(Assert.Throws<DataFileException>(() => Parse(""))!.Message,
            Is.EqualTo("data/x.csv:1: the file is empty; expected a header line"));
    }

    [Test]
    public void Read_UnclosedQuote_ErrorAtTheLineTheFieldStarts()
    {
        // Given a quoted field opened on line 3 and never closed
        const string text = "year,note\n2020,ok\n2021,\"open\n2022,x\n";

        // When it is read
        // Then the line the record starts on is named, once
        Assert.That(Assert.Throws<DataFileException>(() => Parse(text))!.Message,
            Is.EqualTo("data/x.csv:3: a quoted field is not closed"));
    }
}
