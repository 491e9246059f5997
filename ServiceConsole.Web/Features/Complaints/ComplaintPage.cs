namespace ServiceConsole.Web.Api.Contracts;

public sealed record ComplaintPage(IReadOnlyList<ComplaintResource> Items, int Total);
