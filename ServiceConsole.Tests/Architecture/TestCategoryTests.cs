using System.Reflection;
using ServiceConsole.Tests.Infrastructure;

namespace ServiceConsole.Tests.Architecture;

/// <summary>
/// The quick loop (<c>--filter "Category!=Process&amp;Category!=Browser"</c>) stays quick only while every test that starts a
/// console process or a browser says so; these catch a slow test that slipped in without its category.
/// </summary>
public sealed class TestCategoryTests
{
    private static readonly Assembly Tests = typeof(TestCategoryTests).Assembly;

    public static TheoryData<string, string> FoldersAndCategories { get; } = new()
    {
        { "ServiceConsole.Tests.Process", "Process" },
        { "ServiceConsole.Tests.Browser", "Browser" },
    };

    [Theory]
    [MemberData(nameof(FoldersAndCategories))]
    public void Every_test_class_in_the_folder_carries_its_category(string @namespace, string category)
    {
        var classes = Tests.GetTypes()
            .Where(t => t.Namespace is { } ns && (ns == @namespace || ns.StartsWith(@namespace + ".", StringComparison.Ordinal)))
            .Where(t => t.GetMethods().Any(m => m.GetCustomAttributes<FactAttribute>().Any()))
            .ToList();

        Assert.NotEmpty(classes);
        Assert.All(classes, t => Assert.Contains(("Category", category), Traits(t)));
    }

    [Fact]
    public void Only_tests_under_Process_start_a_console_process()
    {
        // A call, built from names so that this file does not match itself.
        const string start = $"{nameof(ConsoleProcess)}.{nameof(ConsoleProcess.Start)}(";
        var testsFolder = RepositoryFolder.Combine("ServiceConsole.Tests");
        var starters = Directory.EnumerateFiles(testsFolder, "*.cs", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(testsFolder, f).Replace('\\', '/'))
            .Where(f => !f.StartsWith("bin/", StringComparison.Ordinal) && !f.StartsWith("obj/", StringComparison.Ordinal))
            .Where(f => !f.StartsWith("Infrastructure/", StringComparison.Ordinal))
            .Where(f => File.ReadAllText(Path.Combine(testsFolder, f)).Contains(start, StringComparison.Ordinal))
            .ToList();

        Assert.NotEmpty(starters);
        Assert.All(starters, f => Assert.StartsWith("Process/", f, StringComparison.Ordinal));
    }

    private static IEnumerable<(string, string)> Traits(Type type) =>
        type.GetCustomAttributesData()
            .Where(a => a.AttributeType == typeof(TraitAttribute))
            .Select(a => ((string)a.ConstructorArguments[0].Value!, (string)a.ConstructorArguments[1].Value!));
}
