using System.Globalization;

namespace HedgeAgents.Cli.Tests.Claims;

/// <summary>A CSV file of the tool's output read by column name (through the tool's own CSV reader): what every claim
/// test reads its finding from, points.csv above all.</summary>
internal sealed class CsvTable
{
    private readonly Dictionary<string, int> _columns;

    private CsvTable(string path)
    {
        var lines = File.ReadAllLines(path);
        _columns = Repo.CsvFields(lines[0]).Select((name, i) => (name, i)).ToDictionary(x => x.name, x => x.i);
        Rows = [.. lines.Skip(1).Select(l => new Row(this, Repo.CsvFields(l)))];
    }

    /// <summary>The data rows, in file order.</summary>
    public IReadOnlyList<Row> Rows { get; }

    /// <summary>Reads <paramref name="path"/>; a missing column later fails the test naming it.</summary>
    public static CsvTable Read(string path) => new(path);

    /// <summary>The raw fields of every data row, and the index of a column by name (failing the test on a missing
    /// one): for tests that filter rows.csv-sized files field by field.</summary>
    public static List<string[]> Fields(string path, out Func<string, int> column)
    {
        var table = new CsvTable(path);
        column = table.Column;
        return [.. table.Rows.Select(r => r.Fields)];
    }

    /// <summary>The rows of one actor.</summary>
    public IEnumerable<Row> Of(string actor) => Rows.Where(r => r.Text("actor") == actor);

    private int Column(string name) =>
        _columns.TryGetValue(name, out var i) ? i : throw new AssertionException($"no column {name}; columns: {string.Join(", ", _columns.Keys)}");

    /// <summary>One row; fields by column name.</summary>
    public sealed class Row(CsvTable table, string[] fields)
    {
        internal string[] Fields => fields;

        public string Text(string column) => fields[table.Column(column)];

        public double Number(string column) => double.Parse(Text(column), CultureInfo.InvariantCulture);

        /// <summary>A metric's mean and 95% interval over the point's replications (points.csv).</summary>
        public (double Mean, double Low, double High) Stat(string metric) =>
            (Number(metric + "_mean"), Number(metric + "_ci95_low"), Number(metric + "_ci95_high"));
    }
}
