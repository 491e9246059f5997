using System.Text.Json.Nodes;
using Microsoft.OpenApi;
using Microsoft.OpenApi.Reader;
using ServiceConsole.Tests.Infrastructure;

namespace ServiceConsole.Tests.Integration.OpenApi;

/// <summary>
/// Issue 14 part 5: <c>/openapi/v1.json</c> says what the API does (API.md): required only what the contract requires,
/// numbers as numbers, instants as date-time strings, enums as their wire names, the problem responses and the two
/// authentication schemes; and it is a valid OpenAPI 3.1 document a client generator can read.
/// </summary>
public sealed class OpenApiDocumentTests(ConsoleAppFactory factory) : IClassFixture<ConsoleAppFactory>
{
    private async Task<string> DocumentTextAsync() => await factory.CreateClient().GetStringAsync("/openapi/v1.json");

    private async Task<JsonObject> DocumentAsync() => JsonNode.Parse(await DocumentTextAsync())!.AsObject();

    private static JsonObject Schema(JsonObject document, string name) => document["components"]!["schemas"]![name]!.AsObject();

    private static string[] Required(JsonObject schema) =>
        [.. (schema["required"]?.AsArray() ?? []).Select(n => n!.GetValue<string>()).Order(StringComparer.Ordinal)];

    private static string[] Types(JsonNode? property) => property?["type"] switch
    {
        JsonArray types => [.. types.Select(t => t!.GetValue<string>()).Order(StringComparer.Ordinal)],
        JsonValue type => [type.GetValue<string>()],
        _ => [],
    };

    private static string[] Enum(JsonNode? property) => [.. property!["enum"]!.AsArray().Select(v => v?.GetValue<string>() ?? "null")];

    [Fact]
    public async Task The_document_reads_as_valid_OpenAPI_3_1_without_errors_or_warnings()
    {
        var read = OpenApiDocument.Parse(await DocumentTextAsync(), "json", new OpenApiReaderSettings());

        Assert.NotNull(read.Document);
        Assert.Equal(OpenApiSpecVersion.OpenApi3_1, read.Diagnostic!.SpecificationVersion);
        Assert.Empty(read.Diagnostic.Errors.Select(e => $"{e.Pointer}: {e.Message}"));
        Assert.Empty(read.Diagnostic.Warnings.Select(e => $"{e.Pointer}: {e.Message}"));
        Assert.Empty(read.Document!.Validate(ValidationRuleSet.GetDefaultRuleSet())!.Select(e => $"{e.Pointer}: {e.Message}"));
        Assert.True(read.Document.Paths.Count > 50);
    }

    [Fact]
    public async Task A_contact_requires_only_the_contract_fields_and_lists_its_channels()
    {
        var document = await DocumentAsync();
        var ingest = Schema(document, "ContactCreateRequest");

        Assert.Equal(["channel", "customerName", "customerPhone", "externalId"], Required(ingest));
        var properties = ingest["properties"]!;
        Assert.Equal(["string"], Types(properties["externalId"]));
        Assert.Equal(["online", "phone", "offline"], Enum(properties["channel"]));
        Assert.Equal(["null", "string"], Types(properties["waybillNo"]));
        Assert.Equal(["null", "string"], Types(properties["arrivedAt"]));
        Assert.Equal("date-time", properties["arrivedAt"]!["format"]!.GetValue<string>());
        Assert.Equal(["resolved"], Required(Schema(document, "ContactCloseRequest")));
        Assert.Equal(["agentCode"], Required(Schema(document, "ContactAnswerRequest")));

        var resource = Schema(document, "ContactResource")["properties"]!;
        Assert.Equal(["string"], Types(resource["arrivedAt"]));
        Assert.Equal(["null", "string"], Types(resource["respondBy"]));
        Assert.Equal(["waiting", "answered", "closed"], Enum(resource["status"]));
        Assert.Equal(["null", "number"], Types(resource["firstResponseSeconds"]));
    }

    [Fact]
    public async Task A_complaint_and_a_quote_require_what_API_md_requires_and_money_is_a_non_negative_number()
    {
        var document = await DocumentAsync();
        var complaint = Schema(document, "ComplaintCreateRequest");
        var quote = Schema(document, "CompensationQuoteRequest");

        Assert.Equal(["category", "channel", "customerName", "customerPhone", "demand", "externalId", "outletCode", "waybillNo"], Required(complaint));
        Assert.Equal(["delay", "damage", "loss", "attitude", "unclear-answer", "other"], Enum(complaint["properties"]!["category"]));
        Assert.Equal(["category"], Required(quote));
        Assert.Equal(["delay", "damage", "loss"], Enum(quote["properties"]!["category"]));
        var itemValue = quote["properties"]!["itemValue"]!;
        Assert.Equal(["null", "number"], Types(itemValue));
        Assert.Equal(0, itemValue["minimum"]!.GetValue<decimal>());
        Assert.Equal(["coupon", "repair", "cash"], Enum(Schema(document, "CompensationQuoteResource")["properties"]!["kind"]));
        Assert.Equal(["general", "major"], Enum(Schema(document, "ComplaintResource")["properties"]!["severity"]));
    }

    [Fact]
    public async Task No_number_is_also_a_string_and_every_instant_is_a_date_time_string()
    {
        var document = await DocumentAsync();
        var offenders = new List<string>();
        Walk(document, "#", (node, pointer) =>
        {
            var types = Types(node);
            if (types.Contains("string") && (types.Contains("integer") || types.Contains("number")))
            {
                offenders.Add($"{pointer}: {string.Join('|', types)}");
            }

            if (node["format"] is JsonValue format && format.ToString() == "date-time" && !types.Contains("string"))
            {
                offenders.Add($"{pointer}: date-time without type string");
            }
        });

        Assert.Empty(offenders);
    }

    [Fact]
    public async Task Operations_declare_their_auth_schemes_and_RFC_9457_problem_responses()
    {
        var document = await DocumentAsync();
        var schemes = document["components"]!["securitySchemes"]!;
        Assert.Equal("header", schemes["ApiKey"]!["in"]!.GetValue<string>());
        Assert.Equal("X-Api-Key", schemes["ApiKey"]!["name"]!.GetValue<string>());
        Assert.Equal("cookie", schemes["Cookie"]!["in"]!.GetValue<string>());

        var missing = new List<string>();
        foreach (var (path, item) in document["paths"]!.AsObject())
        {
            foreach (var (method, operation) in item!.AsObject())
            {
                var name = $"{method.ToUpperInvariant()} {path}";
                var responses = operation!["responses"]!.AsObject();
                if (operation["security"] is not JsonArray { Count: > 0 })
                {
                    missing.Add($"{name}: no security");
                }

                foreach (var status in new[] { "401", "403" }.Concat(operation["requestBody"] is null ? [] : ["400"]).Concat(path.Contains('{') ? ["404"] : []))
                {
                    if (responses[status]?["content"]?["application/problem+json"] is null)
                    {
                        missing.Add($"{name}: no {status} problem");
                    }
                }
            }
        }

        Assert.Empty(missing);
        var createContact = document["paths"]!["/api/v1/contacts"]!["post"]!;
        Assert.Contains("HttpValidationProblemDetails", createContact["responses"]!["400"]!["content"]!["application/problem+json"]!["schema"]!["$ref"]!.GetValue<string>());
        Assert.Equal(["ApiKey", "Cookie"], createContact["security"]!.AsArray().SelectMany(r => r!.AsObject().Select(p => p.Key)).ToArray());
        Assert.Equal(["Cookie"], document["paths"]!["/api/v1/users"]!["get"]!["security"]!.AsArray().SelectMany(r => r!.AsObject().Select(p => p.Key)).ToArray());
    }

    [Fact]
    public async Task Query_values_from_a_fixed_set_are_enums_and_paging_is_whole_numbers()
    {
        var document = await DocumentAsync();
        var list = document["paths"]!["/api/v1/complaints"]!["get"]!["parameters"]!.AsArray();
        JsonNode Parameter(string name) => list.First(p => p!["name"]!.GetValue<string>() == name)!["schema"]!;

        Assert.Equal(["open", "all"], Enum(Parameter("status")).Where(v => v != "null"));
        Assert.Equal(["integer"], Types(Parameter("pageSize")).Where(t => t != "null"));
        Assert.Equal(500, Parameter("pageSize")["maximum"]!.GetValue<int>());
    }

    [Fact]
    public async Task The_main_requests_carry_an_example()
    {
        var document = await DocumentAsync();
        foreach (var (path, method) in new[] { ("/api/v1/contacts", "post"), ("/api/v1/complaints", "post"), ("/api/v1/compensation/quote", "post") })
        {
            var example = document["paths"]![path]![method]!["requestBody"]!["content"]!["application/json"]!["example"];
            Assert.True(example is JsonObject { Count: > 0 }, $"{method} {path} has no example");
        }
    }

    private static void Walk(JsonNode? node, string pointer, Action<JsonObject, string> visit)
    {
        switch (node)
        {
            case JsonObject obj:
                visit(obj, pointer);
                foreach (var (key, child) in obj)
                {
                    Walk(child, $"{pointer}/{key}", visit);
                }

                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    Walk(array[i], $"{pointer}/{i}", visit);
                }

                break;
        }
    }
}
