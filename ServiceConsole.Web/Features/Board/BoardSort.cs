namespace ServiceConsole.Web.Features.Board;

/// <summary>
/// How a board table is sorted: a column key and a direction; the empty key is the table's own order (urgency for
/// complaints, code for agents). Clicking a header sorts by it, clicking again turns the direction, a third click
/// goes back to the table's own order.
/// </summary>
public sealed record BoardSort(string Column = "", bool Descending = false)
{
    public static BoardSort Default { get; } = new();

    /// <summary>The sort after the header of <paramref name="column"/> was clicked.</summary>
    public BoardSort Next(string column, bool descendingFirst) => Column != column
        ? new BoardSort(column, descendingFirst)
        : Descending == descendingFirst ? this with { Descending = !descendingFirst } : Default;

    /// <summary>Orders rows by the chosen column's key, keeping the table's own order among equal keys and for the default.</summary>
    public IEnumerable<T> Apply<T>(IEnumerable<T> rows, IReadOnlyDictionary<string, Func<T, IComparable?>> keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        if (Column.Length == 0 || !keys.TryGetValue(Column, out var key))
        {
            return rows;
        }

        // OrderBy is stable: rows with the same key keep the table's own order; an unmeasured value goes last either way.
        return rows.OrderBy(key, Descending ? NullsLast.Reversed : NullsLast.Ascending);
    }

    /// <summary>The aria-sort value of a header.</summary>
    public string AriaSort(string column) => Column != column ? "none" : Descending ? "descending" : "ascending";

    /// <summary>The arrow a header shows: ▲ or ▼ on the sorted column, nothing on the others.</summary>
    public string Arrow(string column) => Column != column ? "" : Descending ? "▼" : "▲";

    private sealed class NullsLast : IComparer<IComparable?>
    {
        public static readonly NullsLast Ascending = new(1);
        public static readonly NullsLast Reversed = new(-1);
        private readonly int _direction;

        private NullsLast(int direction) => _direction = direction;

        public int Compare(IComparable? x, IComparable? y) => (x, y) switch
        {
            (null, null) => 0,
            (null, _) => 1,
            (_, null) => -1,
            _ => _direction * x.CompareTo(y),
        };
    }
}
