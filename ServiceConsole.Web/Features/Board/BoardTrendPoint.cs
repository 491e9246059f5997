namespace ServiceConsole.Web.Features.Board;

/// <summary>
/// One slice of today for the board's chart: the contacts that arrived in it and the share of those answered that
/// met their first-response target (SVC-01/02, measured against SVC-07); null while none was answered.
/// </summary>
public sealed record BoardTrendPoint(DateTimeOffset Start, int Contacts, double? Compliance);
