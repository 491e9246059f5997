using ServiceConsole.Domain.Contacts;

namespace ServiceConsole.Tests.Architecture;

public sealed class DomainPurityTests
{
    [Fact]
    public void The_domain_references_only_the_base_class_library()
    {
        var references = typeof(Contact).Assembly.GetReferencedAssemblies().Select(a => a.Name ?? "");

        var foreign = references.Where(n => !(n.StartsWith("System", StringComparison.Ordinal) || n is "netstandard" or "mscorlib"));

        Assert.Empty(foreign);
    }
}
