using ServiceConsole.Domain.Complaints;
using ServiceConsole.Web.Common.OpenApi;

namespace ServiceConsole.Web.Features.Complaints;

public sealed record CompensationQuoteResource([WireEnum<CompensationKind>] string Kind, decimal Amount, string RuleId);
