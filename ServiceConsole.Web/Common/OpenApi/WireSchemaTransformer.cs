using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.Mvc.Infrastructure;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace ServiceConsole.Web.Common.OpenApi;

/// <summary>
/// Makes each schema say what the wire carries, not what the C# type could hold:
/// <list type="bullet">
/// <item>A request record lists as <c>required</c> only its <see cref="RequiredAttribute"/> fields (the fields its
/// service refuses with 400 when missing). The records' fields are nullable so that a missing field reaches the
/// service's validation and comes back as a field-level 400, not a serializer error; the generator would otherwise
/// list every constructor parameter as required. A required field is not nullable; an optional one may be sent as
/// <c>null</c>, which means the same as leaving it out.</item>
/// <item>A response lists as <c>required</c> the fields it always carries (not those left out when null).</item>
/// <item>Numbers are numbers: the web JSON defaults also read numbers written as strings, a leniency the contract
/// does not promise, so the document lists <c>integer</c>/<c>number</c> alone (no string alternative, no pattern).</item>
/// <item>Instants (<see cref="DateTimeOffset"/>, written by <see cref="UtcDateTimeOffsetConverter"/>) are strings
/// in <c>date-time</c> format, nullable only when the C# type is; money (<see cref="decimal"/>) is a number in
/// <c>decimal</c> format.</item>
/// <item>A field marked <see cref="WireEnumAttribute{TEnum}"/> (or <see cref="AllowedValuesAttribute"/>) lists its values as a
/// string enum (on a list of strings: its items' enum); <see cref="RangeAttribute"/> gives <c>minimum</c>/<c>maximum</c> (or their exclusive forms);
/// <see cref="StringLengthAttribute"/> and <see cref="MaxLengthAttribute"/> give <c>maxLength</c> (<c>maxItems</c> on a
/// list), its minimum length <c>minLength</c>, <see cref="MinLengthAttribute"/> <c>minItems</c> on a list,
/// <see cref="RegularExpressionAttribute"/> <c>pattern</c>, <see cref="DataTypeAttribute"/> Date the <c>date</c> format of a
/// day written as text. These attributes document the service's own
/// validation; nothing runs them (the app does not enable minimal-API validation).</item>
/// </list>
/// </summary>
public sealed class WireSchemaTransformer : IOpenApiSchemaTransformer
{
    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(context);
        var type = context.JsonTypeInfo.Type;
        var underlying = Nullable.GetUnderlyingType(type);
        var core = underlying ?? type;

        StrictNumbers(schema);
        if (core == typeof(DateTimeOffset))
        {
            schema.Type = underlying is null ? JsonSchemaType.String : JsonSchemaType.String | JsonSchemaType.Null;
            schema.Format = "date-time";
        }
        else if (core == typeof(decimal))
        {
            schema.Format = "decimal";
        }

        if (context.JsonPropertyInfo is { } property)
        {
            ApplyAttributes(schema, [.. Attributes(property)], IsDeclaredRequired(property), textNumber: false);
        }
        else if (context.ParameterDescription is { } parameter && parameter.Source != BindingSource.Body
            && parameter.ParameterDescriptor is IParameterInfoParameterDescriptor { ParameterInfo: { } info })
        {
            // A query or route value: the lambda parameter's attributes; a text read as a whole number is documented as one.
            ApplyAttributes(schema, info.GetCustomAttributes(true), required: false, textNumber: core == typeof(string));
        }
        else if (context.JsonTypeInfo.Kind == JsonTypeInfoKind.Object && schema.Properties is { Count: > 0 }
            && (context.ParameterDescription is not null || context.JsonTypeInfo.Properties.Any(IsDeclaredRequired)))
        {
            schema.Required = new HashSet<string>(
                context.JsonTypeInfo.Properties.Where(IsDeclaredRequired).Select(p => p.Name), StringComparer.Ordinal);
        }
        else if (context.JsonTypeInfo.Kind == JsonTypeInfoKind.Object && schema.Required is { Count: > 0 } required)
        {
            // A field left out when null or default (JsonIgnoreCondition.WhenWritingNull…) is not always in the answer.
            foreach (var sometimes in context.JsonTypeInfo.Properties.Where(p => p.ShouldSerialize is not null))
            {
                required.Remove(sometimes.Name);
            }
        }

        return Task.CompletedTask;
    }

    private static void StrictNumbers(OpenApiSchema schema)
    {
        if (schema.Type is { } type
            && (type & (JsonSchemaType.Integer | JsonSchemaType.Number)) != 0
            && (type & JsonSchemaType.String) != 0)
        {
            schema.Type = type & ~JsonSchemaType.String;
            schema.Pattern = null;
        }
    }

    private static void ApplyAttributes(OpenApiSchema schema, IReadOnlyList<object> attributes, bool required, bool textNumber)
    {
        if (required && schema.Type is { } type)
        {
            schema.Type = type & ~JsonSchemaType.Null;
        }

        if (attributes.OfType<RangeAttribute>().FirstOrDefault() is { } range)
        {
            if (textNumber && range.OperandType == typeof(int))
            {
                schema.Type = JsonSchemaType.Integer | (schema.Type is { } t && (t & JsonSchemaType.Null) != 0 ? JsonSchemaType.Null : 0);
                schema.Format = "int32";
            }

            var minimum = Convert.ToString(range.Minimum, CultureInfo.InvariantCulture);
            var maximum = Convert.ToString(range.Maximum, CultureInfo.InvariantCulture);
            if (range.MinimumIsExclusive)
            {
                schema.ExclusiveMinimum ??= minimum;
            }
            else
            {
                schema.Minimum ??= minimum;
            }

            if (range.MaximumIsExclusive)
            {
                schema.ExclusiveMaximum ??= maximum;
            }
            else
            {
                schema.Maximum ??= maximum;
            }
        }

        var isArray = schema.Type is { } shape && (shape & JsonSchemaType.Array) != 0;
        var maxLength = attributes.OfType<StringLengthAttribute>().FirstOrDefault()?.MaximumLength
            ?? attributes.OfType<MaxLengthAttribute>().FirstOrDefault()?.Length;
        if (maxLength is > 0)
        {
            if (isArray)
            {
                schema.MaxItems ??= maxLength;
            }
            else
            {
                schema.MaxLength ??= maxLength;
            }
        }

        if (!isArray && attributes.OfType<StringLengthAttribute>().FirstOrDefault() is { MinimumLength: > 0 } shortest)
        {
            schema.MinLength ??= shortest.MinimumLength;
        }

        if (!isArray && attributes.OfType<RegularExpressionAttribute>().FirstOrDefault() is { } pattern)
        {
            schema.Pattern ??= pattern.Pattern;
        }

        if (!isArray && attributes.OfType<DataTypeAttribute>().FirstOrDefault() is { DataType: DataType.Date })
        {
            schema.Format = "date";
        }

        if (isArray && attributes.OfType<MinLengthAttribute>().FirstOrDefault() is { Length: > 0 } minLength)
        {
            schema.MinItems ??= minLength.Length;
        }

        var allowed = attributes.OfType<IWireValues>().FirstOrDefault()?.Values
            ?? attributes.OfType<AllowedValuesAttribute>().FirstOrDefault()?.Values.Select(v => Convert.ToString(v, CultureInfo.InvariantCulture)!).ToList();
        if (allowed is not null && isArray)
        {
            // A list of wire names: each item is one of them.
            schema.Items = new OpenApiSchema { Type = JsonSchemaType.String, Enum = [.. allowed.Select(v => (JsonNode)JsonValue.Create(v))] };
        }
        else if (allowed is not null)
        {
            var nullable = !required && (schema.Type is not { } t || (t & JsonSchemaType.Null) != 0);
            schema.Type = nullable ? JsonSchemaType.String | JsonSchemaType.Null : JsonSchemaType.String;
            var values = allowed.Select(v => (JsonNode)JsonValue.Create(v)).ToList();
            if (nullable)
            {
                values.Add(null!);
            }

            schema.Enum = values;
        }
    }

    private static bool IsDeclaredRequired(JsonPropertyInfo property) => Attributes(property).OfType<RequiredAttribute>().Any();

    private static IEnumerable<object> Attributes(JsonPropertyInfo property)
    {
        var onMember = property.AttributeProvider?.GetCustomAttributes(true) ?? [];
        var onParameter = property.AssociatedParameter?.AttributeProvider?.GetCustomAttributes(true) ?? [];
        return onMember.Concat(onParameter);
    }
}
