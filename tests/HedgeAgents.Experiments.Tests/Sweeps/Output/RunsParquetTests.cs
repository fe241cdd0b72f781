using HedgeAgents.Experiments.Output;
using HedgeAgents.Experiments.Sweeps.Output;
using Parquet;
using Parquet.Schema;
using static HedgeAgents.Experiments.Tests.Sweeps.Output.RunsCsvText;

namespace HedgeAgents.Experiments.Tests.Sweeps.Output;

public class RunsParquetTests
{
    private static readonly string[] Paths = ["shocks.sanctions.hazard", "learning.rate"];

    /// <summary>25 rows with awkward values: huge seeds, a quoted actor, NaN parameters and metrics, never-hedged runs.</summary>
    private static string Runs()
    {
        var runs = new RunsCsvText(Paths);
        for (var row = 0; row < 25; row++)
        {
            var seed = row % 3 == 0 ? ulong.MaxValue - (ulong)row : (1UL << 63) + (ulong)row;
            double[] parameters = [row % 5 == 0 ? double.NaN : 0.1 * row, 1e-300 * row];
            var metrics = Metrics(meanPayoff: Math.PI * row - 40, sdPayoff: row % 4 == 0 ? double.NaN : 1.0 / 3,
                switches: row, firstHedgeRound: row % 2 == 0 ? null : row * 10);
            runs.Row(row / 6, row % 3, seed, parameters, row % 2 == 0 ? "malaysia" : "viet,nam", metrics);
        }
        return runs.ToString();
    }

    private static byte[] Convert(string runsCsv, int rowGroupSize = 10)
    {
        using var output = new MemoryStream();
        RunsParquet.WriteAsync(new StringReader(runsCsv), output, rowGroupSize).GetAwaiter().GetResult();
        return output.ToArray();
    }

    /// <summary>Every row of a Parquet file as boxed values in schema order, and the row count of each group.</summary>
    private static async Task<(ParquetSchema Schema, List<object?[]> Rows, List<long> GroupSizes)> ReadBack(byte[] bytes)
    {
        using var input = new MemoryStream(bytes);
        await using var reader = await ParquetReader.CreateAsync(input);
        var fields = reader.Schema.DataFields;
        var rows = new List<object?[]>();
        var sizes = new List<long>();
        for (var g = 0; g < reader.RowGroupCount; g++)
        {
            var group = reader.OpenRowGroupReader(g);
            var n = (int)group.RowCount;
            sizes.Add(n);
            var columns = new List<object?[]>();
            foreach (var field in fields)
                columns.Add(IsText(field) ? await ReadStrings(group, field, n)
                    : field.ClrType == typeof(long) ? (await Read<long>(group, field, n)).Cast<object?>().ToArray()
                    : field.ClrType == typeof(int) && !field.IsNullable ? (await Read<int>(group, field, n)).Cast<object?>().ToArray()
                    : field.ClrType == typeof(int) ? (await ReadNullable<int>(group, field, n)).Cast<object?>().ToArray()
                    : (await ReadNullable<double>(group, field, n)).Cast<object?>().ToArray());
            for (var r = 0; r < n; r++) rows.Add([.. columns.Select(c => c[r])]);
        }
        return (reader.Schema, rows, sizes);
    }

    /// <summary>Parquet.Net 6 gives UTF-8 string fields the CLR type ReadOnlyMemory&lt;char&gt;.</summary>
    private static bool IsText(DataField field) =>
        field.ClrType == typeof(string) || field.ClrType == typeof(ReadOnlyMemory<char>);

    private static async Task<T[]> Read<T>(ParquetRowGroupReader group, DataField field, int n) where T : struct
    {
        var values = new T[n];
        await group.ReadAsync(field, values.AsMemory());
        return values;
    }

    private static async Task<T?[]> ReadNullable<T>(ParquetRowGroupReader group, DataField field, int n) where T : struct
    {
        var values = new T?[n];
        await group.ReadAsync(field, values.AsMemory());
        return values;
    }

    private static async Task<object?[]> ReadStrings(ParquetRowGroupReader group, DataField field, int n)
    {
        var values = new string?[n];
        await group.ReadAsync(field, values.AsMemory());
        return values;
    }

    /// <summary>The CSV's rows parsed as the Parquet columns should hold them.</summary>
    private static List<object?[]> Expected(string runsCsv)
    {
        var reader = new CsvReader(new StringReader(runsCsv));
        var layout = RunsCsvLayout.Read(reader);
        var rows = new List<object?[]>();
        var fields = new List<string>();
        while (reader.TryRead(fields))
            rows.Add([.. fields.Select((text, c) => (object?)(layout.Columns[c] switch
            {
                "point" => long.Parse(text),
                "replication" => int.Parse(text),
                "seed" or "actor" => text,
                "switches" or "first_hedge_round" => text.Length == 0 ? null : int.Parse(text),
                _ => text.Length == 0 ? null : double.Parse(text, System.Globalization.CultureInfo.InvariantCulture),
            }))]);
        return rows;
    }

    [Test]
    public async Task WriteAsync_ReadBack_ExactlyTheCsvValues()
    {
        // Given a runs.csv / When converted and read back with Parquet.Net
        var csv = Runs();
        var (schema, rows, _) = await ReadBack(Convert(csv));

        // Then the columns are the CSV's, and every value equals the CSV text parsed (empty → null)
        Assert.That(schema.DataFields.Select(f => f.Name), Is.EqualTo(RunsTable.Columns(Paths, SummaryMetrics.Fixed)));
        Assert.That(rows, Is.EqualTo(Expected(csv)));
    }

    [Test]
    public void Schema_OneParameter_TypedColumns()
    {
        // Given the header of a sweep over one parameter
        var layout = RunsCsvLayout.FromHeader(RunsTable.Columns(["shocks.sanctions.hazard"], SummaryMetrics.Fixed));

        // When its Parquet schema is made / Then each column has its documented type and nullability
        var fields = RunsParquet.Schema(layout).DataFields;
        Assert.That(fields.Select(f => (f.Name, IsText(f) ? "String" : f.ClrType.Name, f.IsNullable)), Is.EqualTo(new[]
        {
            ("point", "Int64", false), ("replication", "Int32", false), ("seed", "String", false),
            ("shocks.sanctions.hazard", "Double", true), ("actor", "String", false),
            ("share_balancing", "Double", true), ("share_bandwagoning", "Double", true),
            ("share_equidistance", "Double", true), ("share_hedging", "Double", true), ("mean_payoff", "Double", true),
            ("sd_payoff", "Double", true), ("q05_payoff", "Double", true), ("cvar05_payoff", "Double", true),
            ("mean_losses", "Double", true), ("switches", "Int32", true), ("first_hedge_round", "Int32", true),
        }));
    }

    [Test]
    public async Task WriteAsync_WeightColumns_OptionalDoublesWithTheCsvValues()
    {
        // Given a runs.csv with weight columns for CHN and EUR, one of them empty
        var csv = new RunsCsvText(Paths, ["CHN", "EUR"])
            .Row(0, 0, 5, [0.1, 0.2], "KAZ", [.. RunsCsvText.Metrics(), 0.375, double.NaN]).ToString();

        // When converted and read back
        var (schema, rows, _) = await ReadBack(Convert(csv));

        // Then the weights are optional doubles after the fixed metrics, with the CSV's values (empty → null)
        var weights = schema.DataFields.Where(f => f.Name.StartsWith("weight_", StringComparison.Ordinal)).ToList();
        Assert.That(weights.Select(f => (f.Name, f.ClrType.Name, f.IsNullable)),
            Is.EqualTo(new[] { ("weight_CHN", "Double", true), ("weight_EUR", "Double", true) }));
        Assert.That(rows, Is.EqualTo(Expected(csv)));
        Assert.That(rows.Single()[^2..], Is.EqualTo(new object?[] { 0.375, null }));
    }

    [Test]
    public void WriteAsync_SameInputTwice_SameBytes()
    {
        // Given a runs.csv / When converted twice / Then the files are byte for byte the same
        var csv = Runs();
        var first = Convert(csv);
        var second = Convert(csv);
        Assert.That(second, Is.EqualTo(first));
    }

    [Test]
    public async Task WriteAsync_RowGroupSize_GroupsBounded()
    {
        // Given 25 rows / When converted with row groups of 10 / Then the groups hold 10, 10 and 5 rows
        var (_, _, sizes) = await ReadBack(Convert(Runs(), rowGroupSize: 10));
        Assert.That(sizes, Is.EqualTo(new long[] { 10, 10, 5 }));
    }

    [Test]
    public async Task WriteAsync_HeaderOnly_EmptyFileWithSchema()
    {
        // Given a runs.csv with no rows / When converted / Then a valid file with the schema and no rows
        var (schema, rows, sizes) = await ReadBack(Convert(new RunsCsvText(Paths).ToString()));
        Assert.That((schema.DataFields.Length, rows.Count, sizes.Count), Is.EqualTo((RunsTable.Columns(Paths, SummaryMetrics.Fixed).Length, 0, 0)));
    }

    [TestCase("seed", "-1")]
    [TestCase("switches", "2.5")]
    [TestCase("mean_payoff", "abc")]
    public void WriteAsync_FieldOfWrongType_ThrowsNamingLineAndColumn(string column, string text)
    {
        // Given a row whose field in the column does not parse as the column's type
        var csv = new RunsCsvText(Paths).Row(0, 0, 1, [0.1, 0.2], "a", Metrics()).ToString();
        var lines = csv.Split('\n');
        var header = lines[0].Split(',');
        var fields = lines[1].Split(',');
        fields[Array.IndexOf(header, column)] = text;
        csv = lines[0] + "\n" + string.Join(',', fields) + "\n";

        // When converted / Then it is refused with the line and column
        Assert.That(() => Convert(csv), Throws.InstanceOf<InvalidDataException>()
            .With.Message.Contains("line 2").And.Message.Contains(column));
    }

    [Test]
    public async Task WriteAsync_TextParameter_AStringColumnWithTheLabels()
    {
        // Given a runs.csv whose parameter is a text axis (a fixed action)
        const string action = "actors.KAZ.learning.action";
        var metrics = string.Join(',', Metrics().Select(HedgeAgents.Experiments.Output.Csv.Number));
        var csv = RunsTable.Header([action], SummaryMetrics.Fixed) + $"0,0,1,hedging,KAZ,{metrics}\n1,0,2,bandwagoning:CHN,KAZ,{metrics}\n";

        // When converted with the action declared text, and read back
        using var output = new MemoryStream();
        await RunsParquet.WriteAsync(new StringReader(csv), output, textParameters: new HashSet<string> { action });
        var (schema, rows, _) = await ReadBack(output.ToArray());

        // Then the action is a required string column holding the labels
        var field = schema.DataFields.Single(f => f.Name == action);
        Assert.That((IsText(field), field.IsNullable), Is.EqualTo((true, false)));
        Assert.That(rows.Select(r => r[3]), Is.EqualTo(new[] { "hedging", "bandwagoning:CHN" }));
    }
}
