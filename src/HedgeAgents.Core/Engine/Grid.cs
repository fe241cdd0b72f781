namespace HedgeAgents.Core.Engine;

/// <summary>A read-only view of a rectangular table (a <c>T[,]</c> the compiled model built and nobody can write).</summary>
/// <remarks>A struct around the array, so reading <c>m.Rivalry[g, r]</c> costs what reading the array costs.</remarks>
public readonly struct Grid<T>
{
    private readonly T[,] _cells;

    /// <summary>Wraps <paramref name="cells"/>; the caller gives up writing to it.</summary>
    public Grid(T[,] cells) => _cells = cells;

    /// <summary>The cell at row <paramref name="i"/>, column <paramref name="j"/>.</summary>
    public T this[int i, int j] => _cells[i, j];

    /// <summary>Number of rows.</summary>
    public int Rows => _cells.GetLength(0);

    /// <summary>Number of columns.</summary>
    public int Columns => _cells.GetLength(1);
}
