using System.Collections.Frozen;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using ServiceConsole.Web.Common;

namespace ServiceConsole.Web.Live;

/// <summary>
/// A <see cref="LiveChange"/> as it travels between nodes: <c>{"type":"ContactChanged","node":"…","change":{…}}</c>.
/// The concrete kinds are found once, by reflection over the console's assembly, so a new sealed record of a feature
/// travels without being listed anywhere. The JSON is the API's (camelCase, UTC instants through
/// <see cref="UtcDateTimeOffsetConverter"/>, enums by name) with one difference: a record's settable members that the
/// API hides with <see cref="JsonIgnoreAttribute"/> (a contact's <c>CreatedBy</c>) travel too, so the receiving node's
/// screens see the very record the sending node's screens saw. What the record only computes does not travel.
/// </summary>
public sealed class LiveChangeJson
{
    private readonly FrozenDictionary<string, Type> _types;

    /// <summary>Finds the concrete changes of the console's assembly (one constructor only: the container must not pick another).</summary>
    public LiveChangeJson()
    {
        var types = typeof(LiveChange).Assembly.GetTypes()
            .Where(t => t is { IsAbstract: false, IsGenericTypeDefinition: false } && t.IsSubclassOf(typeof(LiveChange)))
            .ToList();
        var clash = types.GroupBy(t => t.Name, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (clash is not null)
        {
            throw new InvalidOperationException(
                $"Two live changes share the name {clash.Key} ({string.Join(", ", clash.Select(t => t.FullName))}); the change feed names them by type name.");
        }

        _types = types.ToFrozenDictionary(t => t.Name, StringComparer.Ordinal);
    }

    /// <summary>The options of the change's own JSON, shared by every node.</summary>
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    /// <summary>Every concrete kind of change this node can send and read.</summary>
    public IReadOnlyCollection<Type> Types => _types.Values;

    public bool Knows(Type type) => _types.TryGetValue(type.Name, out var known) && known == type;

    /// <summary>The envelope of <paramref name="change"/>, sent by node <paramref name="node"/>.</summary>
    public byte[] Write(LiveChange change, string node)
    {
        ArgumentNullException.ThrowIfNull(change);
        var type = change.GetType();
        if (!Knows(type))
        {
            throw new NotSupportedException($"{type.FullName} is not a change of the console's assembly and cannot travel.");
        }

        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("type", type.Name);
            writer.WriteString("node", node);
            writer.WritePropertyName("change");
            JsonSerializer.Serialize(writer, change, type, Options);
            writer.WriteEndObject();
        }

        return buffer.ToArray();
    }

    /// <summary>Reads an envelope: the sending node and the change, or an exception naming what is wrong with it.</summary>
    public (string Node, LiveChange Change) Read(ReadOnlySpan<byte> envelope)
    {
        var reader = new Utf8JsonReader(envelope);
        using var document = JsonDocument.ParseValue(ref reader);
        var root = document.RootElement;
        var typeName = root.GetProperty("type").GetString() ?? throw new JsonException("The change has no type.");
        var node = root.GetProperty("node").GetString() ?? throw new JsonException("The change names no node.");
        if (!_types.TryGetValue(typeName, out var type))
        {
            throw new JsonException($"No live change is called {typeName} on this node (another version of the console?).");
        }

        var change = (LiveChange?)root.GetProperty("change").Deserialize(type, Options)
            ?? throw new JsonException($"The {typeName} change is empty.");
        return (node, change);
    }

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { CarryHiddenMembers, DropComputedBaseMembers } },
        };
        options.Converters.Add(new UtcDateTimeOffsetConverter());
        options.Converters.Add(new JsonStringEnumConverter());
        options.MakeReadOnly();
        return options;
    }

    /// <summary>Members the API hides but a record holds (settable, <c>[JsonIgnore]</c>) travel between nodes all the same.</summary>
    private static void CarryHiddenMembers(JsonTypeInfo typeInfo)
    {
        if (typeInfo.Kind != JsonTypeInfoKind.Object)
        {
            return;
        }

        var hidden = typeInfo.Type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p is { CanRead: true, CanWrite: true } && p.GetIndexParameters().Length == 0
                && p.DeclaringType != typeof(LiveChange)
                && p.GetCustomAttribute<JsonIgnoreAttribute>() is { Condition: JsonIgnoreCondition.Always });
        foreach (var member in hidden)
        {
            // The ignored member is listed, but ignored for good: it is replaced by one that reads and writes.
            var name = typeInfo.Options.PropertyNamingPolicy?.ConvertName(member.Name) ?? member.Name;
            if (typeInfo.Properties.FirstOrDefault(p => p.Name == name) is { } ignored)
            {
                typeInfo.Properties.Remove(ignored);
            }

            var property = typeInfo.CreateJsonPropertyInfo(member.PropertyType, name);
            property.Get = member.GetValue;
            property.Set = member.SetValue;
            typeInfo.Properties.Add(property);
        }
    }

    /// <summary><see cref="LiveChange.AgentCodes"/> is computed from the record: it is not sent.</summary>
    private static void DropComputedBaseMembers(JsonTypeInfo typeInfo)
    {
        if (typeInfo.Kind != JsonTypeInfoKind.Object || !typeInfo.Type.IsSubclassOf(typeof(LiveChange)))
        {
            return;
        }

        for (var i = typeInfo.Properties.Count - 1; i >= 0; i--)
        {
            if (typeInfo.Properties[i].Name == "agentCodes" && typeInfo.Type.GetProperty(nameof(LiveChange.AgentCodes))?.CanWrite != true)
            {
                typeInfo.Properties.RemoveAt(i);
            }
        }
    }
}
