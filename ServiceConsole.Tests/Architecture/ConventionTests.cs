using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Quartz;
using ServiceConsole.Domain.Contacts;
using ServiceConsole.Tests.Infrastructure;

namespace ServiceConsole.Tests.Architecture;

/// <summary>
/// The layout the web project was reorganised into, kept by tests rather than by review: jobs and endpoints live in
/// their capability under <c>Features/</c>, screens reach the database only through services, and the domain stays
/// free of frameworks and of the wall clock (it is handed the time, so tests and the scheduler agree on it).
/// </summary>
public sealed partial class ConventionTests(ConsoleAppFactory factory) : IClassFixture<ConsoleAppFactory>
{
    private const string FeaturesNamespace = "ServiceConsole.Web.Features.";

    private static readonly Assembly Web = typeof(Program).Assembly;

    private static readonly Assembly Domain = typeof(Contact).Assembly;

    [Fact]
    public void Every_quartz_job_lives_in_a_feature()
    {
        var jobs = Web.GetTypes().Where(t => t is { IsAbstract: false, IsInterface: false } && typeof(IJob).IsAssignableFrom(t)).ToList();

        Assert.NotEmpty(jobs);
        Assert.All(jobs, job => Assert.StartsWith(FeaturesNamespace, job.Namespace ?? "", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_endpoint_handler_of_ours_lives_in_a_feature()
    {
        // The handler a route maps is the first MethodInfo in its metadata. Framework endpoints (Blazor, static
        // assets, the hub, OpenAPI, health checks) have no handler of ours and are not our layout to check.
        var ours = factory.Services.GetServices<EndpointDataSource>()
            .SelectMany(source => source.Endpoints)
            .OfType<RouteEndpoint>()
            .Distinct()
            .Select(e => (Route: e.RoutePattern.RawText ?? e.DisplayName ?? "?", Handler: e.Metadata.OfType<MethodInfo>().FirstOrDefault()))
            .Where(e => e.Handler?.DeclaringType?.Assembly == Web)
            .Select(e => (e.Route, Owner: Outermost(e.Handler!.DeclaringType!)))
            .ToList();

        Assert.NotEmpty(ours);
        Assert.All(ours, e => Assert.True(
            (e.Owner.Namespace ?? "").StartsWith(FeaturesNamespace, StringComparison.Ordinal),
            $"{e.Route} is handled in {e.Owner.FullName}, outside {FeaturesNamespace}"));
    }

    [Fact]
    public void Every_capability_has_one_feature_class_that_registers_it()
    {
        // A capability is a folder under Features/; its entry point is Features/<X>/<X>Feature.cs, a static class
        // whose Add…/Map… methods the composition root calls.
        var capabilities = Web.GetTypes()
            .Select(t => t.Namespace ?? "")
            .Where(ns => ns.StartsWith(FeaturesNamespace, StringComparison.Ordinal))
            .Select(ns => ns[FeaturesNamespace.Length..].Split('.')[0])
            .Distinct()
            .ToList();

        Assert.NotEmpty(capabilities);
        Assert.All(capabilities, capability =>
        {
            var feature = Web.GetType($"{FeaturesNamespace}{capability}.{capability}Feature");
            Assert.True(feature is { IsAbstract: true, IsSealed: true }, $"Features/{capability}/ has no static {capability}Feature class");
        });
    }

    [Fact]
    public void No_component_injects_a_db_context()
    {
        var injected = Web.GetTypes()
            .Where(t => typeof(ComponentBase).IsAssignableFrom(t))
            .SelectMany(t => t.GetProperties(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic)
                .Where(p => p.IsDefined(typeof(InjectAttribute), inherit: true))
                .Select(p => (Component: t, Property: p)))
            .ToList();

        Assert.NotEmpty(injected);
        Assert.Empty(injected
            .Where(i => IsDbContext(i.Property.PropertyType))
            .Select(i => $"{i.Component.FullName}.{i.Property.Name}: {i.Property.PropertyType.Name}"));
    }

    [Fact]
    public void No_razor_file_injects_a_db_context()
    {
        var contexts = Web.GetTypes().Where(t => typeof(DbContext).IsAssignableFrom(t)).Select(t => t.Name).Append(nameof(DbContext)).ToHashSet();
        var razorFiles = SourceFiles("ServiceConsole.Web", "*.razor");

        var injected = razorFiles
            .SelectMany(f => InjectDirective().Matches(File.ReadAllText(RepositoryFolder.Combine(f)))
                .Select(m => (File: f, Type: m.Groups["type"].Value)))
            .Where(i => contexts.Contains(i.Type.Split('.')[^1]) || i.Type.Split('.')[^1].StartsWith("IDbContextFactory<", StringComparison.Ordinal))
            .Select(i => $"{i.File}: @inject {i.Type}")
            .ToList();

        Assert.NotEmpty(razorFiles);
        Assert.Empty(injected);
    }

    [Theory]
    [InlineData("Microsoft.AspNetCore")]
    [InlineData("Microsoft.EntityFrameworkCore")]
    [InlineData("MudBlazor")]
    [InlineData("Quartz")]
    public void The_domain_references_no_framework(string framework)
    {
        var references = Domain.GetReferencedAssemblies().Select(a => a.Name ?? "");

        Assert.DoesNotContain(references, name => name == framework || name.StartsWith(framework + ".", StringComparison.Ordinal));
    }

    [Fact]
    public void The_domain_never_reads_the_wall_clock()
    {
        var domainFiles = SourceFiles("ServiceConsole.Domain", "*.cs");

        var readers = domainFiles
            .SelectMany(f => WallClock().Matches(File.ReadAllText(RepositoryFolder.Combine(f))).Select(m => $"{f}: {m.Value}"))
            .ToList();

        Assert.NotEmpty(domainFiles);
        Assert.Empty(readers);
    }

    private static Type Outermost(Type type)
    {
        while (type.DeclaringType is { } outer)
        {
            type = outer;
        }

        return type;
    }

    private static bool IsDbContext(Type type) =>
        typeof(DbContext).IsAssignableFrom(type)
        || (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IDbContextFactory<>));

    /// <summary>Source files of a project, relative to the checkout, without build output.</summary>
    private static List<string> SourceFiles(string project, string pattern) =>
        [.. Directory.EnumerateFiles(RepositoryFolder.Combine(project), pattern, SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(RepositoryFolder.Root, f).Replace('\\', '/'))
            .Where(f => !f.Contains("/bin/", StringComparison.Ordinal) && !f.Contains("/obj/", StringComparison.Ordinal))];

    [GeneratedRegex(@"^\s*@inject\s+(?<type>[\w.]+(<[^>]*>)?)", RegexOptions.Multiline)]
    private static partial Regex InjectDirective();

    [GeneratedRegex(@"\bDateTime(Offset)?\.(Utc)?Now\b")]
    private static partial Regex WallClock();
}
