using ServiceConsole.Web.Features.Callbacks;
using ServiceConsole.Web.Features.Contacts;

namespace ServiceConsole.Tests.Components.Workspace;

internal static class WorkspaceFixtures
{
    /// <summary>10:00 in the centre (UTC+8).</summary>
    public static readonly DateTimeOffset Now = new(2026, 11, 22, 2, 0, 0, TimeSpan.Zero);

    public static ContactResource Contact(string externalId, string status = "waiting", string channel = "online", string agentCode = "A001")
    {
        var target = channel == "online" ? 10 : 15;
        return new ContactResource(
            Guid.NewGuid(), externalId, channel, "王女士", "13800138000", "YD4312345678901", "催派送",
            Now, Now.AddSeconds(target), status, agentCode, Now, status == "waiting" ? null : Now.AddSeconds(4),
            null, null, null, null, null, false);
    }

    public static CallbackResource Callback(string agentCode) =>
        new(Guid.NewGuid(), "promise", null, Guid.NewGuid(), agentCode, Now.AddHours(1), null, false, RuleId: "SVC-05");
}
