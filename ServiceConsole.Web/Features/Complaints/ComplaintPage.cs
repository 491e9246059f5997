namespace ServiceConsole.Web.Features.Complaints;

public sealed record ComplaintPage(IReadOnlyList<ComplaintResource> Items, int Total);
