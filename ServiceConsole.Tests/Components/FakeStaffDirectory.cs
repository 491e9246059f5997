using ServiceConsole.Web.Common;

namespace ServiceConsole.Tests.Components;

/// <summary>A staff directory a test fills: agent codes and logins with their display names.</summary>
public sealed class FakeStaffDirectory : IStaffDirectory
{
    private readonly Dictionary<string, StaffMember> _members = new(StringComparer.Ordinal);

    /// <summary>The people screen tests mention, named as the demo centre names them.</summary>
    public static FakeStaffDirectory Known() => new FakeStaffDirectory()
        .Add("A001", "王芳", "A001").Add("A002", "李娜", "A002").Add("agent", "王芳", "A001")
        .Add("supervisor", "周主管").Add("specialist", "韩专员").Add("specialist2", "曹专员").Add("coordinator", "陈协调");

    public FakeStaffDirectory Add(string codeOrLogin, string displayName, string? agentCode = null)
    {
        _members[codeOrLogin] = new StaffMember(codeOrLogin, displayName, agentCode);
        return this;
    }

    public StaffMember? Find(string? codeOrLogin) =>
        codeOrLogin is not null && _members.TryGetValue(codeOrLogin, out var member) ? member : null;
}
