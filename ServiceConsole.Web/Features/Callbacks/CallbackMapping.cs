using ServiceConsole.Domain;
using ServiceConsole.Domain.Callbacks;

namespace ServiceConsole.Web.Features.Callbacks;

public static class CallbackMapping
{
    public static CallbackResource ToResource(this CallbackTask task) => new(
        task.Id, WireNames.ToWire(task.Kind), task.ComplaintId, task.ContactId, task.AgentCode, task.DueAt, task.DoneAt, task.Breached,
        task.BreachedAt, task.RuleId, task.IsDrill);
}
