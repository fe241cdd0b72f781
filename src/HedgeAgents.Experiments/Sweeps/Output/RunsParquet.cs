using Parquet;
using Parquet.Schema;

namespace HedgeAgents.Experiments.Sweeps.Output;

/// <summary>runs.parquet: runs.csv converted to Parquet, typed and columnar for analysis tools, row group by row
/// group so memory does not grow with the number of runs.</summary>
/// <remarks>Schema: <c>point</c> int64, <c>replication</c> int32, <c>seed</c> UTF-8 string (the decimal text of the
/// unsigned 64-bit seed: exact in every reader, whereas many have no unsigned 64-bit integer and an int64 would show
/// half the seeds as negative numbers that do not reproduce their run), the swept parameters as optional double
/// (a text axis's as a required UTF-8 string),
/// <c>actor</c> string, <c>switches</c> and <c>first_hedge_round</c> optional int32, the other metrics optional
/// double. An empty CSV field is null. Values are parsed from the CSV text under the invariant culture, so they are
/// exactly the CSV's values.</remarks>
public static class RunsParquet
{
    /// <summary>The metric columns stored as integers; the other metrics are doubles.</summary>
    public static readonly string[] IntegerMetrics = ["switches", "first_hedge_round"];

    /// <summary>The Parquet schema of a runs.csv with this layout.</summary>
    public static ParquetSchema Schema(RunsCsvLayout layout, IReadOnlySet<string>? textParameters = null) =>
        new(Buffers(layout, 0, textParameters).Select(b => b.Field));

    /// <summary>Rows per row group by default: small enough that the buffer of a row group (what a sweep's last step
    /// holds in memory) stays a few megabytes, so peak memory does not grow with the sweep; large enough for
    /// efficient column reads.</summary>
    public const int DefaultRowGroupSize = 8192;

    /// <summary>Converts a runs.csv into Parquet written to <paramref name="output"/>, one row group per
    /// <paramref name="rowGroupSize"/> rows (the last may be shorter); identical input gives identical bytes.</summary>
    /// <param name="output">Writable and seekable, as Parquet.Net requires; left open.</param>
    /// <param name="textParameters">The parameter columns that hold text (text axes); the others are numbers.</param>
    /// <exception cref="InvalidDataException">The input is not a runs.csv or a field does not parse as its type.</exception>
    public static async Task WriteAsync(TextReader runsCsv, Stream output, int rowGroupSize = DefaultRowGroupSize,
        CancellationToken cancel = default, IReadOnlySet<string>? textParameters = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(rowGroupSize, 1);
        var reader = new CsvReader(runsCsv);
        var layout = RunsCsvLayout.Read(reader);
        var buffers = Buffers(layout, rowGroupSize, textParameters);
        // Pinned rather than left to the library's defaults, which may change between versions and with them the bytes.
        var options = new ParquetOptions { CompressionMethod = CompressionMethod.Snappy };
        await using var writer = await ParquetWriter.CreateAsync(new ParquetSchema(buffers.Select(b => b.Field)), output,
            options, cancellationToken: cancel);

        var fields = new List<string>(layout.Columns.Length);
        var rows = 0;
        while (reader.TryRead(fields))
        {
            if (fields.Count != layout.Columns.Length)
                throw new InvalidDataException($"line {reader.Line}: {fields.Count} fields; the header has {layout.Columns.Length}");
            for (var c = 0; c < buffers.Length; c++) buffers[c].Set(rows, fields[c], reader.Line);
            if (++rows == rowGroupSize)
            {
                await WriteRowGroupAsync(writer, buffers, rows, cancel);
                rows = 0;
            }
        }
        if (rows > 0) await WriteRowGroupAsync(writer, buffers, rows, cancel);
    }

    private static async Task WriteRowGroupAsync(ParquetWriter writer, ParquetColumnBuffer[] buffers, int rows,
        CancellationToken cancel)
    {
        using var rowGroup = writer.CreateRowGroup();
        foreach (var buffer in buffers) await buffer.WriteAsync(rowGroup, rows, cancel);
        rowGroup.CompleteValidate();
        // Parquet.Net's pooled buffers and a row group's garbage would otherwise pile up until the GC's budget is
        // reached, which a long file reaches and a short one does not: collecting here keeps the conversion's peak
        // memory the same for 5 thousand rows as for 5 million (a few ms per row group).
        GC.Collect();
    }

    /// <summary>One buffer per CSV column, in CSV order.</summary>
    private static ParquetColumnBuffer[] Buffers(RunsCsvLayout layout, int capacity, IReadOnlySet<string>? textParameters) =>
    [
        new ParquetColumnBuffer.Int64("point", capacity),
        new ParquetColumnBuffer.Int32("replication", nullable: false, capacity),
        new ParquetColumnBuffer.Text("seed", capacity, (text, line) => CsvFields.UInt64(text, line, "seed")),
        .. layout.Parameters.Select(p => textParameters?.Contains(p) == true
            ? new ParquetColumnBuffer.Text(p, capacity)
            : (ParquetColumnBuffer)new ParquetColumnBuffer.Double(p, capacity)),
        new ParquetColumnBuffer.Text("actor", capacity),
        .. layout.Metrics.Select(m => IntegerMetrics.Contains(m)
            ? new ParquetColumnBuffer.Int32(m, nullable: true, capacity)
            : (ParquetColumnBuffer)new ParquetColumnBuffer.Double(m, capacity)),
    ];
}
