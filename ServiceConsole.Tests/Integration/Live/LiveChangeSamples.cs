using System.Collections;
using System.Reflection;
using ServiceConsole.Web.Live;

namespace ServiceConsole.Tests.Integration.Live;

/// <summary>
/// A filled-in sample of any record the change feed carries, built by reflection through its widest constructor:
/// every member gets a value that is not its default (strings, ids, instants with ticks, enums, nested records, lists
/// of two), so a member lost between nodes shows as a difference. A member of a type it cannot fill fails loudly.
/// </summary>
internal static class LiveChangeSamples
{
    private static readonly DateTimeOffset Instant = new(2026, 11, 22, 8, 15, 30, TimeSpan.Zero);

    public static LiveChange For(Type changeType) => (LiveChange)Build(changeType, changeType.Name, 0);

    private static object Build(Type type, string name, int depth)
    {
        if (depth > 8)
        {
            throw new InvalidOperationException($"{name}: the sample nests too deep ({type})");
        }

        var underlying = Nullable.GetUnderlyingType(type);
        if (underlying is not null)
        {
            return Build(underlying, name, depth);
        }

        var seed = (uint)name.GetHashCode(StringComparison.Ordinal) % 1000 + 1;
        if (type == typeof(string))
        {
            return $"{name}-样本-{seed}";
        }

        if (type == typeof(Guid))
        {
            return Guid.NewGuid();
        }

        if (type == typeof(bool))
        {
            return true;
        }

        if (type == typeof(int))
        {
            return (int)seed;
        }

        if (type == typeof(long))
        {
            return (long)seed * 1_000_000_007L;
        }

        if (type == typeof(double))
        {
            return seed + 0.25;
        }

        if (type == typeof(decimal))
        {
            return seed + 0.35m;
        }

        if (type == typeof(DateTimeOffset))
        {
            return Instant.AddTicks(seed * 1_234_567L);
        }

        if (type == typeof(DateOnly))
        {
            return DateOnly.FromDateTime(Instant.UtcDateTime).AddDays((int)seed);
        }

        if (type == typeof(TimeSpan))
        {
            return TimeSpan.FromSeconds(seed);
        }

        if (type.IsEnum)
        {
            var values = Enum.GetValues(type);
            return values.GetValue(values.Length - 1)!; // not the default
        }

        if (type.IsArray || (type.IsGenericType && type.GetGenericTypeDefinition() is var definition
            && (definition == typeof(IReadOnlyList<>) || definition == typeof(IList<>) || definition == typeof(List<>)
                || definition == typeof(IEnumerable<>) || definition == typeof(IReadOnlyCollection<>))))
        {
            var element = type.IsArray ? type.GetElementType()! : type.GetGenericArguments()[0];
            var list = (IList)Array.CreateInstance(element, 2);
            list[0] = Build(element, name + "0", depth + 1);
            list[1] = Build(element, name + "1", depth + 1);
            return list;
        }

        if (type.IsPrimitive || type.IsInterface || type.IsAbstract || type == typeof(object))
        {
            throw new InvalidOperationException($"{name}: no sample for {type}; teach LiveChangeSamples this type");
        }

        var constructor = type.GetConstructors(BindingFlags.Public | BindingFlags.Instance)
            .OrderByDescending(c => c.GetParameters().Length)
            .FirstOrDefault() ?? throw new InvalidOperationException($"{name}: {type} has no public constructor");
        var arguments = constructor.GetParameters().Select(p => Build(p.ParameterType, $"{name}.{p.Name}", depth + 1)).ToArray();
        var sample = constructor.Invoke(arguments);

        // Settable members the constructor does not take get a value too.
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanWrite && p.GetIndexParameters().Length == 0 && p.DeclaringType != typeof(LiveChange)
                && !constructor.GetParameters().Any(a => string.Equals(a.Name, p.Name, StringComparison.Ordinal))))
        {
            property.SetValue(sample, Build(property.PropertyType, $"{name}.{property.Name}", depth + 1));
        }

        return sample;
    }

    /// <summary>
    /// Where two samples differ, member by member (records holding lists compare those by reference, so record equality
    /// alone would call every copy different); null when they are equal.
    /// </summary>
    public static string? Difference(object? expected, object? actual, string path)
    {
        if (expected is null || actual is null)
        {
            return expected is null && actual is null ? null : $"{path}: {expected ?? "null"} ≠ {actual ?? "null"}";
        }

        if (expected is IEnumerable expectedItems && expected is not string && actual is IEnumerable actualItems)
        {
            // A list may come back as another kind of list: its items are what count.
            var left = expectedItems.Cast<object?>().ToList();
            var right = actualItems.Cast<object?>().ToList();
            if (left.Count != right.Count)
            {
                return $"{path}: {left.Count} items ≠ {right.Count}";
            }

            return left.Zip(right).Select((pair, i) => Difference(pair.First, pair.Second, $"{path}[{i}]")).FirstOrDefault(d => d is not null);
        }

        var type = expected.GetType();
        if (type != actual.GetType())
        {
            return $"{path}: {type} ≠ {actual.GetType()}";
        }

        if (type.IsPrimitive || type.IsEnum || expected is string or Guid or decimal or DateTimeOffset or DateOnly or TimeSpan)
        {
            if (expected is DateTimeOffset e && actual is DateTimeOffset a)
            {
                return e.UtcTicks == a.UtcTicks ? null : $"{path}: {e:O} ≠ {a:O}";
            }

            return expected.Equals(actual) ? null : $"{path}: {expected} ≠ {actual}";
        }

        return type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetIndexParameters().Length == 0)
            .Select(p => Difference(p.GetValue(expected), p.GetValue(actual), $"{path}.{p.Name}"))
            .FirstOrDefault(d => d is not null);
    }
}
