using ServiceConsole.Domain;

namespace ServiceConsole.Web.Common.OpenApi;

/// <summary>The wire names a string field accepts or carries, for the OpenAPI document.</summary>
public interface IWireValues
{
    IReadOnlyList<string> Values { get; }
}

/// <summary>
/// A string field whose values are the wire names of <typeparamref name="TEnum"/> (<see cref="WireNames"/>): the
/// OpenAPI document lists them as the field's <c>enum</c>. Documentation only; the service validates the value.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed class WireEnumAttribute<TEnum> : Attribute, IWireValues
    where TEnum : struct, Enum
{
    public IReadOnlyList<string> Values => WireNames.All<TEnum>();
}
