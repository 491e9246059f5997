using System.Diagnostics.CodeAnalysis;

namespace ServiceConsole.Web.Common;

/// <summary>
/// What one write of a group read and kept true to what it wrote, for the next write of the same group to use instead
/// of reading it again (issue 14: routing reads each channel's agent loads once per group, not once per contact).
/// </summary>
/// <remarks>
/// Exact by construction: an entry survives a write only when that write was kept and said, by <see cref="Keep"/>,
/// that it brought the entry up to date with everything it wrote; after any other write (a different kind of write, a
/// refused or failed one) the group's memo is emptied and the next write reads the database again. Inside the group's
/// transaction nothing but the group's own writes changes what a read would see (SQLite: the transaction's snapshot
/// and the write lock; PostgreSQL: every node's groups wait on one advisory lock), so a kept entry is what a read
/// would answer.
/// </remarks>
public sealed class WriteGroupMemo
{
    private readonly Dictionary<object, object> _entries = [];
    private readonly HashSet<object> _kept = [];

    public bool TryGet<T>(object key, [MaybeNullWhen(false)] out T value)
        where T : class
    {
        if (_entries.TryGetValue(key, out var entry) && entry is T typed)
        {
            value = typed;
            return true;
        }

        value = null;
        return false;
    }

    /// <summary>Remembers what this write read; it reaches the next write only if this write also calls <see cref="Keep"/>.</summary>
    public void Set(object key, object value) => _entries[key] = value;

    /// <summary>This write brought the entry under <paramref name="key"/> up to date with what it wrote (if there is one).</summary>
    public void Keep(object key) => _kept.Add(key);

    /// <summary>After each write: entries the kept write kept stay, everything else is forgotten.</summary>
    internal void EndWrite(bool kept)
    {
        if (kept)
        {
            foreach (var key in _entries.Keys.Where(k => !_kept.Contains(k)).ToList())
            {
                _entries.Remove(key);
            }
        }
        else
        {
            _entries.Clear();
        }

        _kept.Clear();
    }
}
