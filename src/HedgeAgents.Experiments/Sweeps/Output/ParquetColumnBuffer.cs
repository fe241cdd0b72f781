using Parquet;
using Parquet.Schema;

namespace HedgeAgents.Experiments.Sweeps.Output;

/// <summary>One Parquet column of a row group being filled from CSV text: a fixed-size buffer reused for every
/// row group, so memory is bounded by the row-group size.</summary>
internal abstract class ParquetColumnBuffer(DataField field)
{
    /// <summary>The column's schema field.</summary>
    public DataField Field { get; } = field;

    /// <summary>Parses <paramref name="text"/> into row <paramref name="row"/> of the buffer.</summary>
    public abstract void Set(int row, string text, long line);

    /// <summary>Writes the first <paramref name="count"/> rows as this column of the row group.</summary>
    public abstract Task WriteAsync(ParquetRowGroupWriter rowGroup, int count, CancellationToken cancel);

    /// <summary>Required int64.</summary>
    public sealed class Int64(string name, int capacity) : ParquetColumnBuffer(new DataField<long>(name, false))
    {
        private readonly long[] _values = new long[capacity];

        public override void Set(int row, string text, long line) => _values[row] = CsvFields.Integer(text, line, Field.Name);

        public override Task WriteAsync(ParquetRowGroupWriter rowGroup, int count, CancellationToken cancel) =>
            rowGroup.WriteAsync(Field, new ReadOnlyMemory<long>(_values, 0, count), cancellationToken: cancel);
    }

    /// <summary>Int32, required or optional (null for an empty field).</summary>
    public sealed class Int32(string name, bool nullable, int capacity)
        : ParquetColumnBuffer(nullable ? new DataField<int?>(name) : new DataField<int>(name, false))
    {
        private readonly int?[] _values = nullable ? new int?[capacity] : [];
        private readonly int[] _required = nullable ? [] : new int[capacity];

        public override void Set(int row, string text, long line)
        {
            var value = CsvFields.OptionalInt32(text, line, Field.Name);
            if (Field.IsNullable) _values[row] = value;
            else _required[row] = value ?? throw new InvalidDataException($"line {line}, column {Field.Name}: empty");
        }

        public override Task WriteAsync(ParquetRowGroupWriter rowGroup, int count, CancellationToken cancel) =>
            Field.IsNullable
                ? rowGroup.WriteAsync(Field, new ReadOnlyMemory<int?>(_values, 0, count), cancellationToken: cancel)
                : rowGroup.WriteAsync(Field, new ReadOnlyMemory<int>(_required, 0, count), cancellationToken: cancel);
    }

    /// <summary>Optional double: an empty field (NaN in the model) is null, which every reader understands.</summary>
    public sealed class Double(string name, int capacity) : ParquetColumnBuffer(new DataField<double?>(name))
    {
        private readonly double?[] _values = new double?[capacity];

        public override void Set(int row, string text, long line)
        {
            var value = CsvFields.Number(text, line, Field.Name);
            _values[row] = double.IsNaN(value) ? null : value;
        }

        public override Task WriteAsync(ParquetRowGroupWriter rowGroup, int count, CancellationToken cancel) =>
            rowGroup.WriteAsync(Field, new ReadOnlyMemory<double?>(_values, 0, count), cancellationToken: cancel);
    }

    /// <summary>Required UTF-8 string, optionally checked by <paramref name="validate"/> before it is kept.</summary>
    public sealed class Text(string name, int capacity, Action<string, long>? validate = null)
        : ParquetColumnBuffer(new DataField<string>(name, false))
    {
        private readonly string[] _values = new string[capacity];

        public override void Set(int row, string text, long line)
        {
            validate?.Invoke(text, line);
            _values[row] = text;
        }

        public override Task WriteAsync(ParquetRowGroupWriter rowGroup, int count, CancellationToken cancel) =>
            rowGroup.WriteAsync(Field, new ArraySegment<string>(_values, 0, count));
    }
}
