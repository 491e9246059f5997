namespace ServiceConsole.Web.Common;

/// <summary>Collects field-level messages keyed by the camelCase field name of the request.</summary>
public sealed class ValidationErrors
{
    /// <summary>No single amount in yuan the centre handles comes near this; larger values are typing or encoding mistakes.</summary>
    public const decimal MaxMoneyYuan = 10_000_000m;

    private readonly Dictionary<string, List<string>> _errors = new(StringComparer.Ordinal);

    public bool Any => _errors.Count > 0;

    /// <summary>
    /// A caller's value as an error may repeat it: quoted when it is a short code (a channel, a category, an agent
    /// code), otherwise only "the value given", so an error never carries a phone, an ID number or a name back (INF-07).
    /// </summary>
    public static string Echo(string? value) =>
        value is { Length: > 0 and <= 32 } && value.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.') && !HasLongDigitRun(value)
            ? $"'{value}'"
            : "the value given";

    private static bool HasLongDigitRun(string value)
    {
        var run = 0;
        foreach (var c in value)
        {
            run = char.IsAsciiDigit(c) ? run + 1 : 0;
            if (run >= 6)
            {
                return true;
            }
        }

        return false;
    }

    public bool Has(string field) => _errors.ContainsKey(field);

    public void Add(string field, string message)
    {
        if (!_errors.TryGetValue(field, out var list))
        {
            _errors[field] = list = [];
        }

        list.Add(message);
    }

    /// <summary>A required line of text: present, not too long, no control characters.</summary>
    public void Required(string field, string? value, int maxLength = 200)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            Add(field, $"{field} is required.");
            return;
        }

        Optional(field, value, maxLength);
    }

    /// <summary>
    /// A required date range <c>from</c>–<c>to</c>, both days included: each present and <c>to</c> not before <c>from</c>.
    /// True when both are given and in order, so the caller may check the span.
    /// </summary>
    public bool DateRange(DateOnly? from, DateOnly? to)
    {
        if (from is null)
        {
            Add("from", "from is required.");
        }

        if (to is null)
        {
            Add("to", "to is required.");
            return false;
        }

        if (to < from)
        {
            Add("to", "to must not be before from.");
            return false;
        }

        return from is not null;
    }

    /// <summary>An optional line of text: when given, not too long and free of control characters.</summary>
    public void Optional(string field, string? value, int maxLength)
    {
        if (value is null)
        {
            return;
        }

        if (value.Length > maxLength)
        {
            Add(field, $"{field} must be at most {maxLength} characters.");
        }
        else if (value.Any(char.IsControl))
        {
            Add(field, $"{field} must not contain control characters.");
        }
    }

    public void Money(string field, decimal? value)
    {
        if (value < 0)
        {
            Add(field, $"{field} must not be negative.");
        }
        else if (value > MaxMoneyYuan)
        {
            Add(field, $"{field} must not exceed {MaxMoneyYuan:0} yuan.");
        }
    }

    public void Count(string field, int? value, int max)
    {
        if (value < 0)
        {
            Add(field, $"{field} must not be negative.");
        }
        else if (value > max)
        {
            Add(field, $"{field} must not exceed {max}.");
        }
    }

    public IReadOnlyDictionary<string, string[]> ToDictionary() =>
        _errors.ToDictionary(pair => pair.Key, pair => pair.Value.ToArray(), StringComparer.Ordinal);
}
