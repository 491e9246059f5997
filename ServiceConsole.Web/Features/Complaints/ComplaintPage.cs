using ServiceConsole.Web.Common;

namespace ServiceConsole.Web.Features.Complaints;

public sealed record ComplaintPage(IReadOnlyList<ComplaintResource> Items, int Total) : IPersonalRecordHolder
{
    IEnumerable<IPersonalRecord> IPersonalRecordHolder.PersonalRecords => Items;

    public object Reshape(Func<IPersonalRecord, IPersonalRecord> shape) => this with { Items = [.. Items.Select(c => (ComplaintResource)shape(c))] };
}
