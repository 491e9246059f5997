namespace ServiceConsole.Web.Common;

public enum OperationStatus
{
    Ok,
    Created,
    Invalid,
    NotFound,
    Conflict,
    Forbidden,
}
